file(REMOVE_RECURSE
  "CMakeFiles/minijit_lexer.dir/lexer.cpp.o"
  "CMakeFiles/minijit_lexer.dir/lexer.cpp.o.d"
  "libminijit_lexer.a"
  "libminijit_lexer.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/minijit_lexer.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
