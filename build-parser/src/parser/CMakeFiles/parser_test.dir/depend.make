# Empty dependencies file for parser_test.
# This may be replaced when dependencies are built.
