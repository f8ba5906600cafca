# libuv 1.44.2 (Debian libuv1 1.44.2-1+deb12u1), built as a static library for the host.
# The source list is the one of libuv's own CMakeLists.txt for Linux and Windows; the
# upstream build is not used because it would add its install rules to ours.
set(uv_dir ${CMAKE_CURRENT_LIST_DIR}/libuv)
set(uv_sources
  src/fs-poll.c src/idna.c src/inet.c src/random.c src/strscpy.c src/strtok.c
  src/threadpool.c src/timer.c src/uv-common.c src/uv-data-getter-setters.c src/version.c)
if(WIN32)
  list(APPEND uv_sources
    src/win/async.c src/win/core.c src/win/detect-wakeup.c src/win/dl.c src/win/error.c
    src/win/fs.c src/win/fs-event.c src/win/getaddrinfo.c src/win/getnameinfo.c
    src/win/handle.c src/win/loop-watcher.c src/win/pipe.c src/win/thread.c src/win/poll.c
    src/win/process.c src/win/process-stdio.c src/win/signal.c src/win/snprintf.c
    src/win/stream.c src/win/tcp.c src/win/tty.c src/win/udp.c src/win/util.c
    src/win/winapi.c src/win/winsock.c)
  set(uv_defines WIN32_LEAN_AND_MEAN _WIN32_WINNT=0x0602)
  set(uv_libraries psapi user32 advapi32 iphlpapi userenv ws2_32)
else()
  list(APPEND uv_sources
    src/unix/async.c src/unix/core.c src/unix/dl.c src/unix/fs.c src/unix/getaddrinfo.c
    src/unix/getnameinfo.c src/unix/loop-watcher.c src/unix/loop.c src/unix/pipe.c
    src/unix/poll.c src/unix/process.c src/unix/random-devurandom.c src/unix/signal.c
    src/unix/stream.c src/unix/tcp.c src/unix/thread.c src/unix/tty.c src/unix/udp.c
    src/unix/linux-core.c src/unix/linux-inotify.c src/unix/linux-syscalls.c
    src/unix/procfs-exepath.c src/unix/random-getrandom.c src/unix/random-sysctl-linux.c
    src/unix/epoll.c src/unix/proctitle.c)
  set(uv_defines _FILE_OFFSET_BITS=64 _LARGEFILE_SOURCE _GNU_SOURCE _POSIX_C_SOURCE=200112)
  set(uv_libraries pthread dl rt)
endif()
list(TRANSFORM uv_sources PREPEND ${uv_dir}/)

add_library(uv_a STATIC ${uv_sources})
target_include_directories(uv_a PUBLIC ${uv_dir}/include PRIVATE ${uv_dir}/src)
target_compile_definitions(uv_a PRIVATE ${uv_defines})
target_link_libraries(uv_a PUBLIC ${uv_libraries})
set_target_properties(uv_a PROPERTIES C_STANDARD 90 C_EXTENSIONS ON POSITION_INDEPENDENT_CODE ON)
# Third-party code: its warnings are not ours to fix, and must not fail our -Werror build.
target_compile_options(uv_a PRIVATE -w)
