# Empty compiler generated dependencies file for lexer_test.
# This may be replaced when dependencies are built.
