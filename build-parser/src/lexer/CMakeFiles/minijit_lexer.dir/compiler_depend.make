# Empty compiler generated dependencies file for minijit_lexer.
# This may be replaced when dependencies are built.
