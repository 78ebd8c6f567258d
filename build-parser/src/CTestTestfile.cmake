# CMake generated Testfile for 
# Source directory: /work/main/src
# Build directory: /work/main/build-parser/src
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
subdirs("util")
subdirs("lexer")
subdirs("parser")
subdirs("types")
subdirs("ir")
subdirs("frontend")
subdirs("runtime")
subdirs("passes")
subdirs("compiler")
subdirs("cli")
