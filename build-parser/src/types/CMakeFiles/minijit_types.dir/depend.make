# Empty dependencies file for minijit_types.
# This may be replaced when dependencies are built.
