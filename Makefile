# A thin front end over CMake. The two commands a newcomer needs:
#   make run    build and start the main job
#   make test   install what is missing (as root), build and run every test lane
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
MINGW64 := -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/toolchains/mingw-w64-x86_64.cmake
MINGW32 := -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/toolchains/mingw-w64-i686.cmake

.PHONY: all deps native run test test-native test-sanitize test-wine64 test-wine32 clean

all: native

deps:
	@sh scripts/install-deps.sh

native: deps
	@mkdir -p $(BUILD)
	cmake -S . -B $(BUILD)/native -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build $(BUILD)/native -j $(JOBS)

run: native
	@echo "w3compat $$(sed -n 's/^project(w3compat VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt) built in $(BUILD)/native."
	@echo "The w3host server arrives with its issue; until then 'make test' exercises everything."

test: deps
	@mkdir -p $(BUILD)
	@sh scripts/run-lane.sh native $(BUILD)/native
	@sh scripts/run-lane.sh sanitize $(BUILD)/sanitize -DW3_SANITIZE=ON
	@sh scripts/run-lane.sh wine64 $(BUILD)/wine64 $(MINGW64)
	@if wine32_ok=$$(dpkg-query -W -f='$${Status}' wine32:i386 2>/dev/null) && \
	    echo "$$wine32_ok" | grep -q "install ok installed"; then \
	    sh scripts/run-lane.sh wine32 $(BUILD)/wine32 $(MINGW32); \
	else \
	    sh scripts/build-lane.sh i686 $(BUILD)/wine32 $(MINGW32); \
	    echo "=== lane wine32: not run, 32-bit Wine (wine32:i386) is not installed (see README)"; \
	fi

clean:
	rm -rf $(BUILD)
