file(REMOVE_RECURSE
  "../../bin/types_test"
  "../../bin/types_test.pdb"
  "CMakeFiles/types_test.dir/types_test.cpp.o"
  "CMakeFiles/types_test.dir/types_test.cpp.o.d"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/types_test.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
