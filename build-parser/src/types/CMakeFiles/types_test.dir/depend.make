# Empty dependencies file for types_test.
# This may be replaced when dependencies are built.
