# Empty dependencies file for minijit_util.
# This may be replaced when dependencies are built.
