package org.zwlint.ui.internal;

import java.util.Iterator;
import java.util.Optional;

import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Where an open buffer has moved a marker to: the buffer's marker annotation model keeps a
 * position per marker that follows every edit, while the marker's attributes change only on save.
 */
final class LiveMarkerPosition {
    private LiveMarkerPosition() {
    }

    static Optional<Position> of(ITextFileBuffer buffer, IMarker marker) {
        IAnnotationModel model = buffer.getAnnotationModel();
        if (model == null) {
            return Optional.empty();
        }
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof MarkerAnnotation annotation && marker.equals(annotation.getMarker())) {
                Position position = model.getPosition(annotation);
                // A deleted position: the text the marker stood on was removed.
                return Optional.of(position == null || position.isDeleted() ? new Position(0, 0) : position);
            }
        }
        return Optional.empty();
    }
}
