# Hoe Werkt Mijn Stad — the README's two commands are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
SLN := HoeWerktMijnStad.sln

.PHONY: help deps test-deps assets build run cluster test db-start db-stop migration bench bench-bookings bench-month-close bench-feeds bench-load clean

help: ## this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

deps: ## install what is missing: PostGIS (apt), npm packages, dotnet tools
	@scripts/deps.sh

test-deps: ## deps plus Chromium, a real SMTP server and nginx for the tests
	@scripts/deps.sh test

assets: deps ## build the front-end (Leaflet, map module, CSS) into the site's wwwroot
	@cd wwwroot-assets && npm run --silent build

build: assets ## build every project
	@dotnet build $(SLN) --nologo -v quiet -clp:ErrorsOnly

run: assets ## the site (a Release build) with demo data on http://127.0.0.1:5080 (Ctrl-C stops it)
	@scripts/run.sh

cluster: test-deps assets ## two Release nodes behind Debian's nginx on http://127.0.0.1:5080 (Ctrl-C stops it)
	@scripts/cluster.sh

test: test-deps assets ## every test; ends with one line "N passed, N failed"
	@scripts/test.sh

db-start: deps ## start the project-local PostGIS on 127.0.0.1:55432
	@scripts/pg.sh start

db-stop: ## stop the project-local PostGIS
	@scripts/pg.sh stop

migration: deps ## add a migration: make migration NAME=AddSomething
	@test -n "$(NAME)" || { echo "usage: make migration NAME=AddSomething"; exit 2; }
	dotnet ef migrations add $(NAME) --project migrations/HoeWerktMijnStad.Migrations --output-dir Migrations

bench: build ## the map API benchmark (100,000 synthetic sites; make test runs it in smoke mode)
	@scripts/bench.sh

bench-bookings: build ## booking under load: 24 clients on one slot and on many, beside a raw insert
	@scripts/bench.sh bookings

bench-month-close: build ## the month close at 100,000 partners and 1,000,000 bookings, beside its decisive query
	@scripts/bench.sh monthclose

bench-feeds: build ## a school's calendar feed of 100 visits, beside the raw query of its rows
	@scripts/bench.sh feeds

bench-load: test-deps assets ## HTTP load with wrk: 50 connections on five pages and a static file, one node and the cluster
	@bench/load.sh

clean: db-stop ## remove build output and the local database
	rm -rf .data src/*/bin src/*/obj tests/*/bin tests/*/obj migrations/*/bin migrations/*/obj bench/*/bin bench/*/obj
