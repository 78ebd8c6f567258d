# CMake generated Testfile for 
# Source directory: /work/main/src/ir
# Build directory: /work/main/build-parser/src/ir
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
