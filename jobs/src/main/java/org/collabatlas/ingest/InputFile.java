package org.collabatlas.ingest;

import java.io.Serializable;

/** One file to ingest: its format id, its FileSystem URI and size in bytes, its modification time. */
public record InputFile(String format, String path, long bytes, long modified) implements Serializable {
}
