/**
 * The read-only JSON API under {@code /api}: companies, topics, sources and published facts,
 * described by the OpenAPI document at {@code /api/openapi}. Responses carry an ETag and
 * Cache-Control and answer conditional requests with 304.
 */
package org.sidebyside.web.api;
