file(REMOVE_RECURSE
  "../../bin/parser_test"
  "../../bin/parser_test.pdb"
  "CMakeFiles/parser_test.dir/parser_test.cpp.o"
  "CMakeFiles/parser_test.dir/parser_test.cpp.o.d"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/parser_test.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
