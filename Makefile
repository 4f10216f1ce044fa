# The two commands of the README:
#   make site   installs what is missing, builds niemyet, writes the sample site and posters to public/
#   make test   installs what is missing, builds everything once, runs the whole test suite
SWIFT ?= swift
CONFIG ?= release

.PHONY: site test deps test-deps build build-tests bench clean

site: deps
	$(SWIFT) build -c $(CONFIG) --product niemyet
	.build/$(CONFIG)/niemyet build .

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel

deps:
	scripts/install-deps.sh runtime

test-deps:
	scripts/install-deps.sh test

bench:
	scripts/install-deps.sh bench
	scripts/bench.sh

clean:
	rm -rf .build public
