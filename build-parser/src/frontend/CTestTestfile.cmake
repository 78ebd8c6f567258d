# CMake generated Testfile for 
# Source directory: /work/main/src/frontend
# Build directory: /work/main/build-parser/src/frontend
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
