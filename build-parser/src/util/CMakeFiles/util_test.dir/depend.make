# Empty dependencies file for util_test.
# This may be replaced when dependencies are built.
