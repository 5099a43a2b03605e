#!/usr/bin/env node
const { execSync } = require("child_process");

const [, , environment = "staging", tag = "latest"] = process.argv;
const image = `registry.example.com/shop:${tag}`;
console.log(`Deploying ${image} to ${environment}`);
execSync(`kubectl -n ${environment} set image deploy/shop shop=${image}`, { stdio: "inherit" });  // cg-expect: CWE-78
