
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/src/types/constant.cpp" "src/types/CMakeFiles/minijit_types.dir/constant.cpp.o" "gcc" "src/types/CMakeFiles/minijit_types.dir/constant.cpp.o.d"
  "/work/main/src/types/operator_catalogue.cpp" "src/types/CMakeFiles/minijit_types.dir/operator_catalogue.cpp.o" "gcc" "src/types/CMakeFiles/minijit_types.dir/operator_catalogue.cpp.o.d"
  "/work/main/src/types/schema_parser.cpp" "src/types/CMakeFiles/minijit_types.dir/schema_parser.cpp.o" "gcc" "src/types/CMakeFiles/minijit_types.dir/schema_parser.cpp.o.d"
  "/work/main/src/types/type.cpp" "src/types/CMakeFiles/minijit_types.dir/type.cpp.o" "gcc" "src/types/CMakeFiles/minijit_types.dir/type.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-parser/src/util/CMakeFiles/minijit_util.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
