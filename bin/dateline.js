#!/usr/bin/env node
// Entry point for `npx dateline`: the compiled CLI lives in dist/ (built by `npm install` via `prepare`).
import '../dist/cli/index.js';
