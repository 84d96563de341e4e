# Warnings live on an INTERFACE target that every Oncoref target links privately.
add_library(oncoref_warnings INTERFACE)
target_compile_options(oncoref_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wconversion -Wno-sign-conversion
    $<$<BOOL:${ONCOREF_WARNINGS_AS_ERRORS}>:-Werror>)
