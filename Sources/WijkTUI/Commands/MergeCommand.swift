import ArgumentParser
struct MergeCommand: ParsableCommand {}
