file(REMOVE_RECURSE
  "CMakeFiles/minijit_parser.dir/ast.cpp.o"
  "CMakeFiles/minijit_parser.dir/ast.cpp.o.d"
  "CMakeFiles/minijit_parser.dir/parser.cpp.o"
  "CMakeFiles/minijit_parser.dir/parser.cpp.o.d"
  "libminijit_parser.a"
  "libminijit_parser.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/minijit_parser.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
