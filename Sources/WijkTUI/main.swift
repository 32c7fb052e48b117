// Entry point: parse the command line and map errors to exit codes
// (0 success, 1 problems found, 2 usage error).
CommandLineEntry.run()
