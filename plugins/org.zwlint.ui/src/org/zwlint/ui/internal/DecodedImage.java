package org.zwlint.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.osgi.framework.Bundle;

/**
 * One of ZwLint's icons, its pixels decoded ahead of the first use ({@link #decode}, from a job at
 * start): the UI thread then only turns them into an image. Decoding a PNG the first time also loads
 * SWT's image decoders, which held the UI thread for 50 ms when the first quick fix list showed the
 * icon. Should the list come before the job, the icon is decoded then, as before.
 */
public final class DecodedImage implements ImageDataProvider {
    private final @Nullable URL normal;
    private final @Nullable URL doubled;
    private volatile @Nullable ImageData normalData;
    private volatile @Nullable ImageData doubledData;

    private DecodedImage(@Nullable URL normal, @Nullable URL doubled) {
        this.normal = normal;
        this.doubled = doubled;
    }

    /** {@code path} names the 100% icon in {@code bundle}; its 200% twin is {@code name@2x.png} beside it. */
    public static DecodedImage of(Bundle bundle, String path) {
        int dot = path.lastIndexOf('.');
        String twin = path.substring(0, dot) + "@2x" + path.substring(dot);
        return new DecodedImage(bundle.getEntry(path), bundle.getEntry(twin));
    }

    /** Decodes both sizes; off the UI thread. */
    public void decode() {
        forZoom(100);
        forZoom(200);
    }

    @Override
    public @Nullable ImageData getImageData(int zoom) {
        return forZoom(zoom).orElse(null); // none at another zoom: SWT scales the 100% pixels
    }

    private Optional<ImageData> forZoom(int zoom) {
        if (zoom == 100) {
            ImageData known = normalData;
            if (known == null) {
                known = read(normal).orElse(null);
                normalData = known;
            }
            return Optional.ofNullable(known);
        }
        if (zoom == 200) {
            ImageData known = doubledData;
            if (known == null) {
                known = read(doubled).orElse(null);
                doubledData = known;
            }
            return Optional.ofNullable(known);
        }
        return Optional.empty();
    }

    private static Optional<ImageData> read(@Nullable URL url) {
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(new ImageData(in));
        } catch (IOException | org.eclipse.swt.SWTException e) {
            return Optional.empty(); // no icon rather than a failing quick fix list
        }
    }
}
