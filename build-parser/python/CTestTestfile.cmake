# CMake generated Testfile for 
# Source directory: /work/main/python
# Build directory: /work/main/build-parser/python
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
