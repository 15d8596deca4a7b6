package org.zwlint.ui;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.zwlint.core.Analyzer;
import org.zwlint.core.incremental.IncrementalAnalysis;
import org.zwlint.core.rules.RuleCatalog;
import org.zwlint.ui.internal.DecodedImage;
import org.zwlint.ui.internal.MarkerFixes;

/** The bundle activator. Holds the one analyzer the builder shares across builds (it keeps no per-run state). */
public final class ZwLintPlugin extends AbstractUIPlugin {
    public static final String ID = "org.zwlint.ui";
    public static final String NATURE_ID = ID + ".nature";
    public static final String BUILDER_ID = ID + ".builder";
    public static final String MARKER_TYPE = ID + ".problem";
    /** Image registry key of ZwLint's badge, shown on its view and its quick fixes. */
    public static final String FIX_ICON = "icons/zwlint_view.png";

    private static volatile @Nullable ZwLintPlugin instance;
    private volatile @Nullable Analyzer analyzer;
    private volatile @Nullable RuleCatalog catalog;
    private volatile @Nullable IncrementalAnalysis liveAnalysis;
    private volatile @Nullable DecodedImage fixIcon;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
        DecodedImage icon = DecodedImage.of(context.getBundle(), FIX_ICON);
        fixIcon = icon;
        // The icon's pixels and the fixes of markers from an earlier session, ready before Ctrl+1 asks.
        Job warm = Job.create("ZwLint: decoding its icon and the markers' fixes", monitor -> {
            icon.decode();
            MarkerFixes.decodeAll();
            return Status.OK_STATUS;
        });
        warm.setSystem(true);
        warm.setPriority(Job.DECORATE);
        warm.schedule();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static ZwLintPlugin getDefault() {
        ZwLintPlugin plugin = instance;
        if (plugin == null) {
            throw new IllegalStateException(ID + " is not active");
        }
        return plugin;
    }

    @Override
    protected void initializeImageRegistry(org.eclipse.jface.resource.ImageRegistry registry) {
        DecodedImage icon = fixIcon;
        registry.put(FIX_ICON, icon != null ? ImageDescriptor.createFromImageDataProvider(icon)
                : ImageDescriptor.getMissingImageDescriptor());
    }

    public org.eclipse.swt.graphics.Image image(String key) {
        return getImageRegistry().get(key);
    }

    /**
     * The rules' metadata alone, for the view and the hover on the UI thread: reading rules.json
     * is quick, while creating the analyzer (model, replayer) is not UI-thread work.
     */
    public RuleCatalog catalog() {
        Analyzer created = analyzer;
        if (created != null) {
            return created.catalog();
        }
        RuleCatalog current = catalog;
        if (current == null) {
            current = RuleCatalog.load();
            catalog = current;
        }
        return current;
    }

    /** Created on first use: loading the rule catalog and model is not start-up work. */
    public Analyzer analyzer() {
        Analyzer current = analyzer;
        if (current == null) {
            synchronized (this) {
                current = analyzer;
                if (current == null) {
                    current = new Analyzer();
                    analyzer = current;
                }
            }
        }
        return current;
    }

    /**
     * The analysis of editor texts while typing: the edited file is reanalyzed function by function
     * against its previous analysis (with the other files of its driver project, in full).
     */
    public IncrementalAnalysis liveAnalysis() {
        IncrementalAnalysis current = liveAnalysis;
        if (current == null) {
            synchronized (this) {
                current = liveAnalysis;
                if (current == null) {
                    current = new IncrementalAnalysis(analyzer());
                    liveAnalysis = current;
                }
            }
        }
        return current;
    }

    /** Forgets what the analyses while typing left for the next: headers changed. */
    public void forgetLiveAnalyses() {
        IncrementalAnalysis current = liveAnalysis;
        if (current != null) {
            current.forget();
        }
    }
}
