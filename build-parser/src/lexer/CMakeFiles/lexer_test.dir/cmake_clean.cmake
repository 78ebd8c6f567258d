file(REMOVE_RECURSE
  "../../bin/lexer_test"
  "../../bin/lexer_test.pdb"
  "CMakeFiles/lexer_test.dir/lexer_test.cpp.o"
  "CMakeFiles/lexer_test.dir/lexer_test.cpp.o.d"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/lexer_test.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
