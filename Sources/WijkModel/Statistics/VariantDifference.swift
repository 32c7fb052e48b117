/// Whether wijkteams and migrantenorganisaties (any two variants) answer one
/// question differently, tested on the summary's counts. A difference is
/// marked only when `isSignificant`; n of both sides is always at hand.
///
/// Which test: single choice, yes/no and scale compare the distributions of
/// real answers (variant × answer table; Fisher's exact for a 2×2 table with
/// an expected count below 5, else chi-square, see
/// `SignificanceTest.independence`). Multiple choice: a respondent may choose
/// several options, so one table over all options would count people twice;
/// each option is tested on its own (chose it or not × variant). Integer,
/// decimal and scale also compare their means with Welch's t-test.
public struct VariantDifference: Sendable, Hashable {
    public struct OptionTest: Sendable, Hashable {
        public var code: String
        public var test: SignificanceTest?
    }

    public var questionID: String
    public var firstVariant: String
    public var secondVariant: String
    /// Respondents with a real answer: first, second.
    public var n: [Int]
    /// The distribution test (single choice, yes/no, scale); nil when there is
    /// nothing to test (no answers, one answer category only) or for other types.
    public var test: SignificanceTest?
    /// Multiple choice: one 2×2 test per option, in the choices' order.
    public var optionTests: [OptionTest]
    /// Integer, decimal, scale: Welch's t-test of the means.
    public var meanTest: SignificanceTest?

    /// Whether some test supports a difference at 0.05: the distribution test
    /// (or, where there is none, the means'), or for multiple choice any option's.
    /// Options are not corrected for multiple testing; each is shown with its p.
    public var isSignificant: Bool {
        if let test { return test.isSignificant() }
        if !optionTests.isEmpty { return optionTests.contains { $0.test?.isSignificant() == true } }
        return meanTest?.isSignificant() ?? false
    }

    /// The two variants' results for the same question (same id and type).
    public init(_ first: QuestionSummary, _ second: QuestionSummary, firstVariant: String, secondVariant: String) {
        questionID = first.id
        self.firstVariant = firstVariant; self.secondVariant = secondVariant
        n = [first.answered, second.answered]
        test = nil; optionTests = []; meanTest = nil
        var codes = first.choices.map(\.code)
        for c in second.choices where !codes.contains(c.code) { codes.append(c.code) }
        func count(_ q: QuestionSummary, _ code: String) -> Int { max(0, q.choice(code)?.count ?? 0) }
        switch first.type {
        case .single, .yesNo, .scale:
            test = SignificanceTest.independence(ContingencyTable([
                codes.map { count(first, $0) }, codes.map { count(second, $0) },
            ]))
        case .multiple:
            optionTests = codes.map { code in
                let a = count(first, code), b = count(second, code)
                return OptionTest(code: code, test: SignificanceTest.independence(ContingencyTable([
                    [a, max(0, first.answered - a)], [b, max(0, second.answered - b)],
                ])))
            }
        default: break
        }
        if let s1 = first.statistics, let s2 = second.statistics, let sd1 = s1.sd, let sd2 = s2.sd {
            meanTest = SignificanceTest.welch(mean1: s1.mean, sd1: sd1, n1: s1.n, mean2: s2.mean, sd2: sd2, n2: s2.n)
        }
    }
}

extension CoreComparison {
    /// The tests of this question's difference between the two variants.
    public var difference: VariantDifference {
        VariantDifference(first, second, firstVariant: firstVariant, secondVariant: secondVariant)
    }
}
