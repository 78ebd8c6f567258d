file(REMOVE_RECURSE
  "CMakeFiles/minijit_types.dir/constant.cpp.o"
  "CMakeFiles/minijit_types.dir/constant.cpp.o.d"
  "CMakeFiles/minijit_types.dir/operator_catalogue.cpp.o"
  "CMakeFiles/minijit_types.dir/operator_catalogue.cpp.o.d"
  "CMakeFiles/minijit_types.dir/schema_parser.cpp.o"
  "CMakeFiles/minijit_types.dir/schema_parser.cpp.o.d"
  "CMakeFiles/minijit_types.dir/type.cpp.o"
  "CMakeFiles/minijit_types.dir/type.cpp.o.d"
  "libminijit_types.a"
  "libminijit_types.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/minijit_types.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
