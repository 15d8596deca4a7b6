package org.zwlint.core.analysis;

/**
 * How a function is entered, and what that says about the thread: which PreviousMode it can have
 * and whether it runs in the System process.
 */
public enum EntryRole {
    DRIVER_ENTRY("DriverEntry", RequestMode.KERNEL_ONLY, true),
    DRIVER_UNLOAD("the driver's unload routine", RequestMode.KERNEL_ONLY, true),
    SYSTEM_THREAD("a system thread", RequestMode.KERNEL_ONLY, true),
    WORK_ITEM("a work item", RequestMode.KERNEL_ONLY, true),
    DPC("a DPC or timer routine", RequestMode.UNKNOWN, false),
    /** An IRP dispatch routine: runs in the requestor's thread, which may be in user mode. */
    DISPATCH("an IRP dispatch routine", RequestMode.USER_POSSIBLE, false),
    /** A dispatch routine only kernel components reach: internal device control, PnP, power. */
    KERNEL_DISPATCH("a dispatch routine for kernel-only requests", RequestMode.KERNEL_ONLY, false),
    KMDF_IO_CALLBACK("a KMDF I/O queue callback", RequestMode.UNKNOWN, false),
    KMDF_IN_CALLER_CONTEXT("a KMDF in-caller-context callback", RequestMode.USER_POSSIBLE, false),
    /** EvtDeviceFileCreate: runs in the thread that opens the device, with the name it opened. */
    KMDF_FILE_CREATE("a KMDF file-create callback", RequestMode.USER_POSSIBLE, false),
    MINIFILTER_CALLBACK("a minifilter operation callback", RequestMode.USER_POSSIBLE, false),
    FAST_IO("a fast I/O routine", RequestMode.USER_POSSIBLE, false),
    PORT_MESSAGE("a filter communication port message callback", RequestMode.USER_POSSIBLE, false),
    PORT_CONNECT("a filter communication port connect callback", RequestMode.USER_POSSIBLE, false),
    /** Called from other analyzed functions only; its context is its callers'. */
    HELPER("a helper", RequestMode.UNKNOWN, false),
    UNKNOWN("a function with no known caller", RequestMode.UNKNOWN, false);

    private final String description;
    private final RequestMode threadMode;
    private final boolean systemProcess;

    EntryRole(String description, RequestMode threadMode, boolean systemProcess) {
        this.description = description;
        this.threadMode = threadMode;
        this.systemProcess = systemProcess;
    }

    public String description() {
        return description;
    }

    /** What ExGetPreviousMode() can return in this function's thread. */
    public RequestMode threadMode() {
        return threadMode;
    }

    /** Whether it always runs in the System process (so a handle it creates is not in a user's table). */
    public boolean systemProcess() {
        return systemProcess;
    }
}
