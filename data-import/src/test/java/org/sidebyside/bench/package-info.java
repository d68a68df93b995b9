/**
 * The search benchmark: a generator of synthetic facts (never in {@code seeds/}) and a
 * program that loads them into a throwaway database and times a fixed mix of searches.
 * Run it with {@code ./mvnw -q -pl data-import -am -Pbenchmark -DskipTests verify}.
 */
package org.sidebyside.bench;
