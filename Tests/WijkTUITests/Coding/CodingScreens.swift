import Foundation
import WijkModel
@testable import WijkTUI

/// The coding screens at one size, reached by keys on the fixture: Dutch,
/// Turkish and Arabic answers, codes from a person and from a rule, one
/// answer edited after coding, and a second coder.
enum CodingScreens {
    static func all(width: Int, height: Int) throws -> [String: Grid] {
        var d = try CodingDriver(width: width, height: height) { folder in
            let data = folder.url.deletingLastPathComponent()
            var anna = try CodingProject.open(data: data, coder: "anna")
            let taal = try anna.createCode(name: "Taal")
            let laat = try anna.createCode(name: "Hulp komt laat")
            let moskee = try anna.createCode(name: "Sleutelfiguren")
            try anna.assign(taal.id, to: CodingDriver.beeld("wt-2"))
            try anna.assign(moskee.id, to: [CodingDriver.beeld("wt-1")], origin: .rule("moskee"))
            try anna.assign(laat.id, to: CodingDriver.beeld("mo-1"))
            try anna.assign(laat.id, to: CodingDriver.beeld("mo-3"))
            try anna.assign(taal.id, to: CodableAnswer(interview: "mo-2", question: "beeld", text: "نص سابق", variant: "migrantenorganisatie"))
            var piet = try CodingProject.open(data: data, coder: "piet")
            try piet.assign(taal.id, to: CodingDriver.beeld("wt-2"))
            try piet.assign(moskee.id, to: CodingDriver.beeld("mo-1"))
        }
        defer { d.remove() }
        var out: [String: Grid] = [:]
        try d.openBeeld()
        try d.press(.down, .character(" "))
        out["pager"] = d.grid
        try d.press(.enter)
        try d.type("ta")
        out["picker"] = d.grid
        try d.press(.escape, .escape, .end)
        out["pagerEnd"] = d.grid
        try d.press(.character("t"))
        out["frequencies"] = d.grid
        try d.press(.tab)
        out["byVariant"] = d.grid
        try d.press(.tab)
        out["cooccurrence"] = d.grid
        try d.press(.escape, .character("b"))
        out["codebook"] = d.grid
        try d.press(.escape, .character("w"), .enter, .home)
        out["compare"] = d.grid
        return out
    }
}
