extension Expression { var usesCurrent: Bool { false } } // TEMP until expr merge
