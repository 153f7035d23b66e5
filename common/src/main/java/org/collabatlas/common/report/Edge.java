package org.collabatlas.common.report;

/** An undirected weighted edge of a graph slice ({@code src < dst}). */
public record Edge(String src, String dst, double weight) {
}
