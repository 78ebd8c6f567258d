# Empty dependencies file for minijit_parser.
# This may be replaced when dependencies are built.
