import ArgumentParser
import WijkModel

/// `--with-codes CODER` of `export csv|spss|r`: that coder's codes as 0/1 columns.
struct WithCodesOption: ParsableArguments {
    @Option(name: .customLong("with-codes"), help: ArgumentHelp("Add this coder's codes as 0/1 columns (QUESTION.code.CODE).", valueName: "coder"))
    var coder: String?

    func validate() throws {
        if let coder, !CoderName.isValid(coder) { throw ValidationError(CodingError.invalidCoder(coder).message(.nl)) }
    }

    /// The columns for `layout`, or nil without the option.
    func columns(_ selection: ExportSelection, _ layout: ExportLayout) throws -> CodeColumns? {
        try coder.map { try ExportCodingsCommand.codeColumns($0, selection, layout) }
    }
}
