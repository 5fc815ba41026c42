// Validates an OpenAPI document (a URL or a file) with @apidevtools/swagger-parser: schema and references.
// Prints "valid: <title> <version>" and exits 0, or prints the errors and exits 1.
import SwaggerParser from "@apidevtools/swagger-parser";

const source = process.argv[2];
if (!source) {
  console.error("usage: node validate.mjs <url or file>");
  process.exit(2);
}

try {
  // the tests validate the document a site on this machine serves: allow loopback addresses
  const api = await SwaggerParser.validate(source, { resolve: { http: { safeUrlResolver: false } } });
  console.log(`valid: ${api.info.title} ${api.openapi}`);
} catch (error) {
  console.error(`invalid: ${error.message}`);
  process.exit(1);
}
