package org.zwlint.ui.internal;

import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Whether a marker still stands on the text it was analyzed on. An open editor moves markers
 * with the edits; what they cover may then be other text, and such a marker is stale: it offers
 * no fix until the next analysis. Only an open buffer is read (files on disk are what the last
 * build analyzed), so this is cheap enough for the UI thread.
 */
final class MarkerText {
    private MarkerText() {
    }

    static boolean isStale(IMarker marker) {
        String analyzed = marker.getAttribute(MarkerWitness.ANALYZED_TEXT, (String) null);
        if (analyzed == null) {
            return false; // a diagnostic, or a marker from before the attribute existed: covers no text
        }
        return current(marker).map(text -> !text.equals(analyzed)).orElse(false);
    }

    /** The text the marker covers in its file's open buffer, if the file is open. */
    static Optional<String> current(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file)) {
            return Optional.empty();
        }
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
                LocationKind.IFILE);
        if (buffer == null) {
            return Optional.empty();
        }
        IDocument document = buffer.getDocument();
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        if (start < 0 || end < start) {
            return Optional.empty();
        }
        // The editor keeps the marker's position up to date in its annotation model until it is saved.
        org.eclipse.jface.text.Position position = LiveMarkerPosition.of(buffer, marker).orElse(null);
        if (position != null) {
            start = position.getOffset();
            end = position.getOffset() + position.getLength();
        }
        try {
            return end <= document.getLength() ? Optional.of(document.get(start, end - start)) : Optional.of("");
        } catch (BadLocationException e) {
            return Optional.of("");
        }
    }
}
