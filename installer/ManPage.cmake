# Writes OUTPUT.gz, the man page of orglens-cli: help2man turns `orglens-cli --help` into the page, and each
# command's own `--help` becomes a subsection of COMMANDS. Run as: cmake -DCLI=... -DHELP2MAN=... -DOUTPUT=... -P
# The page is in English whatever the build machine's locale.
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{ORGLENS_LANGUAGE} en)
set(ENV{QT_QPA_PLATFORM} offscreen)

execute_process(COMMAND ${CLI} --help OUTPUT_VARIABLE usage RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${CLI} --help failed (${status})")
endif()

# The command list: the lines "  <name>  <summary>" after "Commands:".
string(REGEX MATCH "Commands:\n(([ ][ ][^\n]*\n)+)" command_block "${usage}")
string(REGEX MATCHALL "\n  [a-z][a-z-]*" names "\n${CMAKE_MATCH_1}")

set(include_text "[COMMANDS]\n")
foreach(name IN LISTS names)
    string(STRIP "${name}" name)
    execute_process(COMMAND ${CLI} ${name} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${CLI} ${name} --help failed (${status})")
    endif()
    # roff: a leading dot or quote would be read as a request, backslashes as escapes.
    string(REPLACE "\\" "\\e" help "${help}")
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" help "\n${help}")
    string(APPEND include_text ".SS ${name}\n.nf\n${help}\n.fi\n")
endforeach()
string(APPEND include_text "[EXIT STATUS]\n0 success, 1 the operation failed, 2 bad usage or bad input.\n")

set(include_file ${OUTPUT}.include)
file(WRITE ${include_file} "${include_text}")
execute_process(
    COMMAND ${HELP2MAN} --no-info --section=1 --source=OrgLens --manual="User Commands"
            "--name=inspect, verify and compare Auth0 tokens" --include=${include_file} --output=${OUTPUT} ${CLI}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "help2man failed (${status})")
endif()
# Debian installs compressed man pages; -n keeps the archive reproducible (no name or time stamp).
execute_process(COMMAND gzip -n -9 -f ${OUTPUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip failed (${status})")
endif()
