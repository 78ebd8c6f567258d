# CMake generated Testfile for 
# Source directory: /work/main/src/parser
# Build directory: /work/main/build-parser/src/parser
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test([=[parser_test]=] "/work/main/build-parser/bin/parser_test")
set_tests_properties([=[parser_test]=] PROPERTIES  WORKING_DIRECTORY "/work/main" _BACKTRACE_TRIPLES "/work/main/CMakeLists.txt;46;add_test;/work/main/src/parser/CMakeLists.txt;3;minijit_test;/work/main/src/parser/CMakeLists.txt;0;")
