/* The first instructions the emulated lx106 runs. QEMU's `sim` machine starts the CPU at the reset vector
   0x50000000 with no stack and the vector base at the (empty) instruction RAM, so the stub here points VECBASE
   at our own exception vectors, sets the stack pointer and calls tsd_lx106_start (startup.cpp), which never
   returns. Any CPU exception (illegal instruction, bad load/store, a division helper's trap) lands in
   tsd_lx106_exception, which prints the cause and the faulting PC and ends QEMU with status 134, so a crash
   shows up as a failed run instead of a hang. The literals sit before the code that loads them, as L32R
   requires. */

    .section .ResetVector.text, "ax"
    .global _ResetVector
    .align 4
_ResetVector:
    j       .Lreset_body
    .align 4
.Lstack_top:    .word __stack
.Lvector_base:  .word _vector_base
.Lstart:        .word tsd_lx106_start
.Lreset_body:
    l32r    a2, .Lvector_base
    wsr     a2, vecbase
    rsync
    movi    a2, 0x20            /* PS: interrupts masked (INTLEVEL 0, EXCM 0, UM 1) */
    wsr     a2, ps
    rsync
    l32r    a1, .Lstack_top
    movi    a0, 0
    l32r    a2, .Lstart
    callx0  a2
1:  j       1b

/* lx106 vector offsets from VECBASE: debug 0x10, NMI 0x20, kernel 0x30, user 0x50, double 0x70. Every one
   jumps to the common handler with a vector number in a2 (the program is over, so clobbering a2 is fine). */
    .section .Vectors.text, "ax"
    .align 256
    .global _tsd_vectors
_tsd_vectors:
    .literal_position
    .org    0x10
    movi    a2, 1
    j       .Lfault
    .org    0x20
    movi    a2, 2
    j       .Lfault
    .org    0x30
    movi    a2, 3
    j       .Lfault
    .org    0x50
    movi    a2, 4
    j       .Lfault
    .org    0x70
    movi    a2, 5
    j       .Lfault
    .align 4
.Lhandler:      .word tsd_lx106_exception
.Lfault_stack:  .word __stack
.Lfault:
    l32r    a1, .Lfault_stack
    rsr     a3, exccause
    rsr     a4, epc1
    rsr     a5, excvaddr
    l32r    a0, .Lhandler
    callx0  a0
2:  j       2b
