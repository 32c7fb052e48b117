import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// English render snapshots of the statistics on screen: the question with
/// intervals and the difference test at 120×40, the cross-tab at 80×24.
@Suite struct ResultsEnglishSnapshotTests {
    @Test func question120x40() throws {
        let b = try ResultsStatisticsSnapshotTests.screen([], open: "contact", width: 120, height: 40, lang: .en)
        assertSnapshot(ResultsFixture.render(b), """
             Wijk — Results                                                                              7 interviews (WT 4 · MO 3)
             Filter: completed and drafts
             Question
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
             contact · yes/no · shared core
             Is there contact between the team and migrant organisations in the neighbourhood?

                                            Area teams (n=4)                        Migrant orgs (n=3)                        Diff.
             Yes                            █████████████████    3  75%   (30–95)   ███████████████▏     2  67%   (21–94)     −8 pp
             No                             █████▋               1  25%    (5–70)   ███████▌             1  33%    (6–79)     +8 pp
                                          (…) = 95% confidence interval of the percentage (Wilson)
             Test WT ↔ MO (n = 4 / 3): Fisher's exact, p = 1.000: no significant difference

             Not an answer:                                        of 4                                    of 3
             Don't know                                          0   0%                                  0   0%
             Refused                                             0   0%                                  0   0%
             Unanswered                                          0   0%                                  0   0%
             All interviews:                                       of 4                                    of 3
             N/A                                                 0   0%                                  0   0%




















             Enter Interviews  o Open answers  x Cross-tab  g By municipality  Esc Back  F1 Help  f Filters  q Quit
            """)
    }

    @Test func crossTab80x24() throws {
        let b = try ResultsStatisticsSnapshotTests.screen([.character("x"), .escape], open: "contact", width: 80, height: 24, lang: .en)
        var c = b
        c.open(questionID: "kent_leefwereld")
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ResultsScreens.press([.character("x"), .character("p")], &c, directory: dir)
        assertSnapshot(ResultsFixture.render(c), """
             Wijk — Results                                      7 interviews (WT 4 · MO 3)
             Filter: completed and drafts
             Cross-tab
            ────────────────────────────────────────────────────────────────────────────────
             Rows: Is there contact between the team and migrant organisations in the neig…
             Columns: The team knows the daily lives of residents with a migration backgro…

             [Area teams (n=4)]  Migrant orgs (n=3)   · row percentages

                                 1 Stron… 2 Disag… 3 Neith…  4 Agree 5 Stron…    Total
             Yes                       0%      33%       0%      33%      33%     100%
             No                        0%       0%       0%     100%       0%     100%
             Total                     0%      25%       0%      50%      25%     100%

             n = 4 (real answers) · χ²(2) = 1.33, p = 0.513: cannot be judged: 6 of 6 cells
             expected < 5







             Tab Other variant  p Count/row%/col%  → Columns  Esc Back  F1 Help  q Quit
            """)
    }
}
