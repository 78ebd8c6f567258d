# CMake generated Testfile for 
# Source directory: /work/main/src/lexer
# Build directory: /work/main/build-parser/src/lexer
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test([=[lexer_test]=] "/work/main/build-parser/bin/lexer_test")
set_tests_properties([=[lexer_test]=] PROPERTIES  WORKING_DIRECTORY "/work/main" _BACKTRACE_TRIPLES "/work/main/CMakeLists.txt;46;add_test;/work/main/src/lexer/CMakeLists.txt;3;minijit_test;/work/main/src/lexer/CMakeLists.txt;0;")
