# CMake generated Testfile for 
# Source directory: /work/main/src/types
# Build directory: /work/main/build-parser/src/types
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test([=[types_test]=] "/work/main/build-parser/bin/types_test")
set_tests_properties([=[types_test]=] PROPERTIES  WORKING_DIRECTORY "/work/main" _BACKTRACE_TRIPLES "/work/main/CMakeLists.txt;46;add_test;/work/main/src/types/CMakeLists.txt;3;minijit_test;/work/main/src/types/CMakeLists.txt;0;")
