# The two commands of the README:
#   make site   installs what is missing, builds niemyet, writes the sample site and posters to public/
#   make test   installs what is missing, builds everything once, runs the whole test suite
SWIFT ?= swift
CONFIG ?= release

.PHONY: site test deps test-deps build build-tests bench clean completions man

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

# Shell completions and the man page are generated from the command definitions; the
# results are committed under docs/. Completions keep the default (Vietnamese) help texts.
# The man page is written in English: ArgumentParser's generate-manual keeps only ASCII
# characters, which would garble Vietnamese.
completions:
	$(SWIFT) build --product niemyet
	mkdir -p docs/completions
	env -u LANG -u LC_ALL -u LC_MESSAGES .build/debug/niemyet --generate-completion-script bash > docs/completions/niemyet.bash
	env -u LANG -u LC_ALL -u LC_MESSAGES .build/debug/niemyet --generate-completion-script zsh > docs/completions/_niemyet
	env -u LANG -u LC_ALL -u LC_MESSAGES .build/debug/niemyet --generate-completion-script fish > docs/completions/niemyet.fish

man:
	mkdir -p docs/man
	env -u LC_ALL -u LC_MESSAGES LANG=en_US.UTF-8 $(SWIFT) package plugin generate-manual --configuration debug \
		--date $$(git log -1 --format=%cs -- Sources/niemyet)
	cp .build/plugins/GenerateManual/outputs/niemyet/niemyet.1 docs/man/niemyet.1
