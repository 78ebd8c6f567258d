# CMake generated Testfile for 
# Source directory: /work/main/src/util
# Build directory: /work/main/build-parser/src/util
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test([=[util_test]=] "/work/main/build-parser/bin/util_test")
set_tests_properties([=[util_test]=] PROPERTIES  WORKING_DIRECTORY "/work/main" _BACKTRACE_TRIPLES "/work/main/CMakeLists.txt;46;add_test;/work/main/src/util/CMakeLists.txt;2;minijit_test;/work/main/src/util/CMakeLists.txt;0;")
