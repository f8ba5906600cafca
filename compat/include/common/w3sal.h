/* SAL, Microsoft's source-code annotation language: markers for its static analyser
 * that carry no meaning for gcc or clang, so every one expands to nothing. Shared by
 * both platforms: sal.h on POSIX is this file; on MinGW, sal.h wraps the system's and
 * this file adds what it lacks (hence each name is defined only if still undefined).
 *
 * Some of the old (SAL 1) annotations are also ordinary identifiers in the C and C++
 * libraries: libstdc++ names parameters and locals __in, __out, __pre and __valid
 * (c++locale.h, stl_pair.h, basic_string.tcc, regex.tcc, charconv), and the Linux UAPI
 * headers that glibc includes name struct members __reserved (linux/stat.h through
 * sys/stat.h). As empty macros they would break <string> or <io.h> after
 * <windows.h>. So, as MinGW-w64's sal.h does under GCC, C++ gets none of the first
 * four (C keeps them: glibc uses them only as parameter names in prototypes, where an
 * empty macro is harmless), and __reserved is never defined: code writes _In_, _Out_
 * and _Reserved_ instead. tests/compat/headers compiles every standard header after
 * and before <windows.h>. */
#ifndef W3COMPAT_W3SAL_H
#define W3COMPAT_W3SAL_H

/* Parameters: the _In_/_Out_/_Inout_ layer. */
#ifndef _In_
#define _In_
#endif
#ifndef _In_opt_
#define _In_opt_
#endif
#ifndef _In_z_
#define _In_z_
#endif
#ifndef _In_opt_z_
#define _In_opt_z_
#endif
#ifndef _Out_
#define _Out_
#endif
#ifndef _Out_opt_
#define _Out_opt_
#endif
#ifndef _Inout_
#define _Inout_
#endif
#ifndef _Inout_opt_
#define _Inout_opt_
#endif
#ifndef _Inout_z_
#define _Inout_z_
#endif
#ifndef _Inout_opt_z_
#define _Inout_opt_z_
#endif
#ifndef _In_reads_
#define _In_reads_(a)
#endif
#ifndef _In_reads_opt_
#define _In_reads_opt_(a)
#endif
#ifndef _In_reads_bytes_
#define _In_reads_bytes_(a)
#endif
#ifndef _In_reads_bytes_opt_
#define _In_reads_bytes_opt_(a)
#endif
#ifndef _In_reads_z_
#define _In_reads_z_(a)
#endif
#ifndef _In_reads_opt_z_
#define _In_reads_opt_z_(a)
#endif
#ifndef _In_reads_or_z_
#define _In_reads_or_z_(a)
#endif
#ifndef _In_reads_or_z_opt_
#define _In_reads_or_z_opt_(a)
#endif
#ifndef _In_reads_to_ptr_
#define _In_reads_to_ptr_(a)
#endif
#ifndef _In_reads_to_ptr_opt_
#define _In_reads_to_ptr_opt_(a)
#endif
#ifndef _In_reads_to_ptr_z_
#define _In_reads_to_ptr_z_(a)
#endif
#ifndef _In_reads_to_ptr_opt_z_
#define _In_reads_to_ptr_opt_z_(a)
#endif
#ifndef _Out_writes_
#define _Out_writes_(a)
#endif
#ifndef _Out_writes_opt_
#define _Out_writes_opt_(a)
#endif
#ifndef _Out_writes_bytes_
#define _Out_writes_bytes_(a)
#endif
#ifndef _Out_writes_bytes_opt_
#define _Out_writes_bytes_opt_(a)
#endif
#ifndef _Out_writes_z_
#define _Out_writes_z_(a)
#endif
#ifndef _Out_writes_opt_z_
#define _Out_writes_opt_z_(a)
#endif
#ifndef _Out_writes_to_
#define _Out_writes_to_(a, b)
#endif
#ifndef _Out_writes_to_opt_
#define _Out_writes_to_opt_(a, b)
#endif
#ifndef _Out_writes_all_
#define _Out_writes_all_(a)
#endif
#ifndef _Out_writes_all_opt_
#define _Out_writes_all_opt_(a)
#endif
#ifndef _Out_writes_bytes_to_
#define _Out_writes_bytes_to_(a, b)
#endif
#ifndef _Out_writes_bytes_to_opt_
#define _Out_writes_bytes_to_opt_(a, b)
#endif
#ifndef _Out_writes_bytes_all_
#define _Out_writes_bytes_all_(a)
#endif
#ifndef _Out_writes_bytes_all_opt_
#define _Out_writes_bytes_all_opt_(a)
#endif
#ifndef _Out_writes_to_ptr_
#define _Out_writes_to_ptr_(a)
#endif
#ifndef _Out_writes_to_ptr_opt_
#define _Out_writes_to_ptr_opt_(a)
#endif
#ifndef _Out_writes_to_ptr_z_
#define _Out_writes_to_ptr_z_(a)
#endif
#ifndef _Out_writes_to_ptr_opt_z_
#define _Out_writes_to_ptr_opt_z_(a)
#endif
#ifndef _Inout_updates_
#define _Inout_updates_(a)
#endif
#ifndef _Inout_updates_opt_
#define _Inout_updates_opt_(a)
#endif
#ifndef _Inout_updates_z_
#define _Inout_updates_z_(a)
#endif
#ifndef _Inout_updates_opt_z_
#define _Inout_updates_opt_z_(a)
#endif
#ifndef _Inout_updates_to_
#define _Inout_updates_to_(a, b)
#endif
#ifndef _Inout_updates_to_opt_
#define _Inout_updates_to_opt_(a, b)
#endif
#ifndef _Inout_updates_all_
#define _Inout_updates_all_(a)
#endif
#ifndef _Inout_updates_all_opt_
#define _Inout_updates_all_opt_(a)
#endif
#ifndef _Inout_updates_bytes_
#define _Inout_updates_bytes_(a)
#endif
#ifndef _Inout_updates_bytes_opt_
#define _Inout_updates_bytes_opt_(a)
#endif
#ifndef _Inout_updates_bytes_to_
#define _Inout_updates_bytes_to_(a, b)
#endif
#ifndef _Inout_updates_bytes_to_opt_
#define _Inout_updates_bytes_to_opt_(a, b)
#endif
#ifndef _Inout_updates_bytes_all_
#define _Inout_updates_bytes_all_(a)
#endif
#ifndef _Inout_updates_bytes_all_opt_
#define _Inout_updates_bytes_all_opt_(a)
#endif
#ifndef _In_range_
#define _In_range_(a, b)
#endif
#ifndef _Out_range_
#define _Out_range_(a, b)
#endif
#ifndef _Ret_range_
#define _Ret_range_(a, b)
#endif
#ifndef _Deref_in_range_
#define _Deref_in_range_(a, b)
#endif
#ifndef _Deref_out_range_
#define _Deref_out_range_(a, b)
#endif
#ifndef _Deref_inout_range_
#define _Deref_inout_range_(a, b)
#endif
#ifndef _Deref_ret_range_
#define _Deref_ret_range_(a, b)
#endif

/* Output pointers and references. */
#ifndef _Outptr_
#define _Outptr_
#endif
#ifndef _Outptr_opt_
#define _Outptr_opt_
#endif
#ifndef _Outptr_result_maybenull_
#define _Outptr_result_maybenull_
#endif
#ifndef _Outptr_opt_result_maybenull_
#define _Outptr_opt_result_maybenull_
#endif
#ifndef _Outptr_result_z_
#define _Outptr_result_z_
#endif
#ifndef _Outptr_opt_result_z_
#define _Outptr_opt_result_z_
#endif
#ifndef _Outptr_result_maybenull_z_
#define _Outptr_result_maybenull_z_
#endif
#ifndef _Outptr_opt_result_maybenull_z_
#define _Outptr_opt_result_maybenull_z_
#endif
#ifndef _Ouptr_opt_result_maybenull_z_
#define _Ouptr_opt_result_maybenull_z_
#endif
#ifndef _Outptr_result_nullonfailure_
#define _Outptr_result_nullonfailure_
#endif
#ifndef _Outptr_opt_result_nullonfailure_
#define _Outptr_opt_result_nullonfailure_
#endif
#ifndef _COM_Outptr_
#define _COM_Outptr_
#endif
#ifndef _COM_Outptr_opt_
#define _COM_Outptr_opt_
#endif
#ifndef _COM_Outptr_result_maybenull_
#define _COM_Outptr_result_maybenull_
#endif
#ifndef _COM_Outptr_opt_result_maybenull_
#define _COM_Outptr_opt_result_maybenull_
#endif
#ifndef _Outref_
#define _Outref_
#endif
#ifndef _Outref_result_maybenull_
#define _Outref_result_maybenull_
#endif
#ifndef _Outref_result_nullonfailure_
#define _Outref_result_nullonfailure_
#endif
#ifndef _Result_nullonfailure_
#define _Result_nullonfailure_
#endif
#ifndef _Result_zeroonfailure_
#define _Result_zeroonfailure_
#endif
#ifndef _Deref_out_
#define _Deref_out_
#endif
#ifndef _Deref_out_opt_
#define _Deref_out_opt_
#endif
#ifndef _Deref_opt_out_
#define _Deref_opt_out_
#endif
#ifndef _Deref_opt_out_opt_
#define _Deref_opt_out_opt_
#endif
#ifndef _Deref_out_z_
#define _Deref_out_z_
#endif
#ifndef _Deref_opt_out_z_
#define _Deref_opt_out_z_
#endif
#ifndef _Deref_in_
#define _Deref_in_
#endif
#ifndef _Deref_inout_
#define _Deref_inout_
#endif
#ifndef _Deref_pre_z_
#define _Deref_pre_z_
#endif
#ifndef _Deref_post_z_
#define _Deref_post_z_
#endif
#ifndef _Deref_pre_maybenull_
#define _Deref_pre_maybenull_
#endif
#ifndef _Deref_post_maybenull_
#define _Deref_post_maybenull_
#endif
#ifndef _Deref_post_null_
#define _Deref_post_null_
#endif
#ifndef _Deref_post_opt_z_
#define _Deref_post_opt_z_
#endif
#ifndef _Outptr_result_buffer_
#define _Outptr_result_buffer_(a)
#endif
#ifndef _Outptr_opt_result_buffer_
#define _Outptr_opt_result_buffer_(a)
#endif
#ifndef _Outptr_result_buffer_to_
#define _Outptr_result_buffer_to_(a, b)
#endif
#ifndef _Outptr_opt_result_buffer_to_
#define _Outptr_opt_result_buffer_to_(a, b)
#endif
#ifndef _Outptr_result_buffer_all_
#define _Outptr_result_buffer_all_(a)
#endif
#ifndef _Outptr_opt_result_buffer_all_
#define _Outptr_opt_result_buffer_all_(a)
#endif
#ifndef _Outptr_result_buffer_maybenull_
#define _Outptr_result_buffer_maybenull_(a)
#endif
#ifndef _Outptr_opt_result_buffer_maybenull_
#define _Outptr_opt_result_buffer_maybenull_(a)
#endif
#ifndef _Outptr_result_buffer_to_maybenull_
#define _Outptr_result_buffer_to_maybenull_(a, b)
#endif
#ifndef _Outptr_opt_result_buffer_to_maybenull_
#define _Outptr_opt_result_buffer_to_maybenull_(a, b)
#endif
#ifndef _Outptr_result_buffer_all_maybenull_
#define _Outptr_result_buffer_all_maybenull_(a)
#endif
#ifndef _Outptr_opt_result_buffer_all_maybenull_
#define _Outptr_opt_result_buffer_all_maybenull_(a)
#endif
#ifndef _Outptr_result_bytebuffer_
#define _Outptr_result_bytebuffer_(a)
#endif
#ifndef _Outptr_opt_result_bytebuffer_
#define _Outptr_opt_result_bytebuffer_(a)
#endif
#ifndef _Outptr_result_bytebuffer_to_
#define _Outptr_result_bytebuffer_to_(a, b)
#endif
#ifndef _Outptr_opt_result_bytebuffer_to_
#define _Outptr_opt_result_bytebuffer_to_(a, b)
#endif
#ifndef _Outptr_result_bytebuffer_all_
#define _Outptr_result_bytebuffer_all_(a)
#endif
#ifndef _Outptr_opt_result_bytebuffer_all_
#define _Outptr_opt_result_bytebuffer_all_(a)
#endif
#ifndef _Outptr_result_bytebuffer_maybenull_
#define _Outptr_result_bytebuffer_maybenull_(a)
#endif
#ifndef _Outptr_opt_result_bytebuffer_maybenull_
#define _Outptr_opt_result_bytebuffer_maybenull_(a)
#endif
#ifndef _Outptr_result_bytebuffer_to_maybenull_
#define _Outptr_result_bytebuffer_to_maybenull_(a, b)
#endif
#ifndef _Outptr_opt_result_bytebuffer_to_maybenull_
#define _Outptr_opt_result_bytebuffer_to_maybenull_(a, b)
#endif
#ifndef _Outptr_result_bytebuffer_all_maybenull_
#define _Outptr_result_bytebuffer_all_maybenull_(a)
#endif
#ifndef _Outptr_opt_result_bytebuffer_all_maybenull_
#define _Outptr_opt_result_bytebuffer_all_maybenull_(a)
#endif
#ifndef _Outref_result_buffer_
#define _Outref_result_buffer_(a)
#endif
#ifndef _Outref_result_bytebuffer_
#define _Outref_result_bytebuffer_(a)
#endif
#ifndef _Outref_result_buffer_to_
#define _Outref_result_buffer_to_(a, b)
#endif
#ifndef _Outref_result_bytebuffer_to_
#define _Outref_result_bytebuffer_to_(a, b)
#endif
#ifndef _Outref_result_buffer_all_
#define _Outref_result_buffer_all_(a)
#endif
#ifndef _Outref_result_bytebuffer_all_
#define _Outref_result_bytebuffer_all_(a)
#endif
#ifndef _Outref_result_buffer_maybenull_
#define _Outref_result_buffer_maybenull_(a)
#endif
#ifndef _Outref_result_bytebuffer_maybenull_
#define _Outref_result_bytebuffer_maybenull_(a)
#endif
#ifndef _Outref_result_buffer_to_maybenull_
#define _Outref_result_buffer_to_maybenull_(a, b)
#endif
#ifndef _Outref_result_bytebuffer_to_maybenull_
#define _Outref_result_bytebuffer_to_maybenull_(a, b)
#endif
#ifndef _Outref_result_buffer_all_maybenull_
#define _Outref_result_buffer_all_maybenull_(a)
#endif
#ifndef _Outref_result_bytebuffer_all_maybenull_
#define _Outref_result_bytebuffer_all_maybenull_(a)
#endif

/* Return values. */
#ifndef _Ret_
#define _Ret_
#endif
#ifndef _Ret_opt_
#define _Ret_opt_
#endif
#ifndef _Ret_z_
#define _Ret_z_
#endif
#ifndef _Ret_opt_z_
#define _Ret_opt_z_
#endif
#ifndef _Ret_maybenull_z_
#define _Ret_maybenull_z_
#endif
#ifndef _Ret_notnull_
#define _Ret_notnull_
#endif
#ifndef _Ret_maybenull_
#define _Ret_maybenull_
#endif
#ifndef _Ret_null_
#define _Ret_null_
#endif
#ifndef _Ret_valid_
#define _Ret_valid_
#endif
#ifndef _Ret_opt_valid_
#define _Ret_opt_valid_
#endif
#ifndef _Must_inspect_result_
#define _Must_inspect_result_
#endif
#ifndef _Check_return_
#define _Check_return_
#endif
#ifndef _Use_decl_annotations_
#define _Use_decl_annotations_
#endif
#ifndef _Post_equals_last_error_
#define _Post_equals_last_error_
#endif
#ifndef _Ret_writes_
#define _Ret_writes_(a)
#endif
#ifndef _Ret_writes_z_
#define _Ret_writes_z_(a)
#endif
#ifndef _Ret_writes_bytes_
#define _Ret_writes_bytes_(a)
#endif
#ifndef _Ret_writes_maybenull_
#define _Ret_writes_maybenull_(a)
#endif
#ifndef _Ret_writes_maybenull_z_
#define _Ret_writes_maybenull_z_(a)
#endif
#ifndef _Ret_writes_bytes_maybenull_
#define _Ret_writes_bytes_maybenull_(a)
#endif
#ifndef _Ret_writes_to_
#define _Ret_writes_to_(a, b)
#endif
#ifndef _Ret_writes_bytes_to_
#define _Ret_writes_bytes_to_(a, b)
#endif
#ifndef _Ret_writes_to_maybenull_
#define _Ret_writes_to_maybenull_(a, b)
#endif
#ifndef _Ret_writes_bytes_to_maybenull_
#define _Ret_writes_bytes_to_maybenull_(a, b)
#endif
#ifndef _Ret_bytecap_
#define _Ret_bytecap_(a)
#endif
#ifndef _Ret_cap_
#define _Ret_cap_(a)
#endif
#ifndef _Ret_opt_cap_
#define _Ret_opt_cap_(a)
#endif
#ifndef _Ret_bytecount_
#define _Ret_bytecount_(a)
#endif
#ifndef _Ret_count_
#define _Ret_count_(a)
#endif
#ifndef _Success_
#define _Success_(a)
#endif
#ifndef _Return_type_success_
#define _Return_type_success_(a)
#endif
#ifndef _On_failure_
#define _On_failure_(a)
#endif
#ifndef _Always_
#define _Always_(a)
#endif
#ifndef _When_
#define _When_(a, b)
#endif
#ifndef _At_
#define _At_(a, b)
#endif
#ifndef _At_buffer_
#define _At_buffer_(a, b, c, d)
#endif
#ifndef _Group_
#define _Group_(a)
#endif

/* SAL 1.5 buffer forms of the CRT headers (_cap_ = room, _count_ = valid elements). */
#ifndef _In_count_
#define _In_count_(a)
#endif
#ifndef _In_opt_count_
#define _In_opt_count_(a)
#endif
#ifndef _In_bytecount_
#define _In_bytecount_(a)
#endif
#ifndef _In_opt_bytecount_
#define _In_opt_bytecount_(a)
#endif
#ifndef _In_count_c_
#define _In_count_c_(a)
#endif
#ifndef _In_opt_count_c_
#define _In_opt_count_c_(a)
#endif
#ifndef _In_bytecount_c_
#define _In_bytecount_c_(a)
#endif
#ifndef _In_opt_bytecount_c_
#define _In_opt_bytecount_c_(a)
#endif
#ifndef _In_z_count_
#define _In_z_count_(a)
#endif
#ifndef _In_opt_z_count_
#define _In_opt_z_count_(a)
#endif
#ifndef _In_z_bytecount_
#define _In_z_bytecount_(a)
#endif
#ifndef _In_opt_z_bytecount_
#define _In_opt_z_bytecount_(a)
#endif
#ifndef _In_count_x_
#define _In_count_x_(a)
#endif
#ifndef _In_opt_count_x_
#define _In_opt_count_x_(a)
#endif
#ifndef _In_bytecount_x_
#define _In_bytecount_x_(a)
#endif
#ifndef _In_opt_bytecount_x_
#define _In_opt_bytecount_x_(a)
#endif
#ifndef _Out_cap_
#define _Out_cap_(a)
#endif
#ifndef _Out_opt_cap_
#define _Out_opt_cap_(a)
#endif
#ifndef _Out_bytecap_
#define _Out_bytecap_(a)
#endif
#ifndef _Out_opt_bytecap_
#define _Out_opt_bytecap_(a)
#endif
#ifndef _Out_cap_c_
#define _Out_cap_c_(a)
#endif
#ifndef _Out_opt_cap_c_
#define _Out_opt_cap_c_(a)
#endif
#ifndef _Out_bytecap_c_
#define _Out_bytecap_c_(a)
#endif
#ifndef _Out_opt_bytecap_c_
#define _Out_opt_bytecap_c_(a)
#endif
#ifndef _Out_cap_x_
#define _Out_cap_x_(a)
#endif
#ifndef _Out_opt_cap_x_
#define _Out_opt_cap_x_(a)
#endif
#ifndef _Out_bytecap_x_
#define _Out_bytecap_x_(a)
#endif
#ifndef _Out_opt_bytecap_x_
#define _Out_opt_bytecap_x_(a)
#endif
#ifndef _Out_z_cap_
#define _Out_z_cap_(a)
#endif
#ifndef _Out_opt_z_cap_
#define _Out_opt_z_cap_(a)
#endif
#ifndef _Out_z_bytecap_
#define _Out_z_bytecap_(a)
#endif
#ifndef _Out_opt_z_bytecap_
#define _Out_opt_z_bytecap_(a)
#endif
#ifndef _Out_z_cap_c_
#define _Out_z_cap_c_(a)
#endif
#ifndef _Out_z_bytecap_c_
#define _Out_z_bytecap_c_(a)
#endif
#ifndef _Out_z_cap_x_
#define _Out_z_cap_x_(a)
#endif
#ifndef _Out_z_bytecap_x_
#define _Out_z_bytecap_x_(a)
#endif
#ifndef _Out_cap_m_
#define _Out_cap_m_(a, b)
#endif
#ifndef _Out_opt_cap_m_
#define _Out_opt_cap_m_(a, b)
#endif
#ifndef _Out_z_cap_m_
#define _Out_z_cap_m_(a, b)
#endif
#ifndef _Out_cap_post_count_
#define _Out_cap_post_count_(a, b)
#endif
#ifndef _Out_opt_cap_post_count_
#define _Out_opt_cap_post_count_(a, b)
#endif
#ifndef _Out_bytecap_post_bytecount_
#define _Out_bytecap_post_bytecount_(a, b)
#endif
#ifndef _Out_opt_bytecap_post_bytecount_
#define _Out_opt_bytecap_post_bytecount_(a, b)
#endif
#ifndef _Out_z_cap_post_count_
#define _Out_z_cap_post_count_(a, b)
#endif
#ifndef _Out_opt_z_cap_post_count_
#define _Out_opt_z_cap_post_count_(a, b)
#endif
#ifndef _Out_z_bytecap_post_bytecount_
#define _Out_z_bytecap_post_bytecount_(a, b)
#endif
#ifndef _Out_capcount_
#define _Out_capcount_(a)
#endif
#ifndef _Out_opt_capcount_
#define _Out_opt_capcount_(a)
#endif
#ifndef _Out_bytecapcount_
#define _Out_bytecapcount_(a)
#endif
#ifndef _Out_opt_bytecapcount_
#define _Out_opt_bytecapcount_(a)
#endif
#ifndef _Out_z_capcount_
#define _Out_z_capcount_(a)
#endif
#ifndef _Out_z_bytecapcount_
#define _Out_z_bytecapcount_(a)
#endif
#ifndef _Inout_count_
#define _Inout_count_(a)
#endif
#ifndef _Inout_opt_count_
#define _Inout_opt_count_(a)
#endif
#ifndef _Inout_bytecount_
#define _Inout_bytecount_(a)
#endif
#ifndef _Inout_opt_bytecount_
#define _Inout_opt_bytecount_(a)
#endif
#ifndef _Inout_z_count_
#define _Inout_z_count_(a)
#endif
#ifndef _Inout_z_bytecount_
#define _Inout_z_bytecount_(a)
#endif
#ifndef _Inout_cap_
#define _Inout_cap_(a)
#endif
#ifndef _Inout_opt_cap_
#define _Inout_opt_cap_(a)
#endif
#ifndef _Inout_bytecap_
#define _Inout_bytecap_(a)
#endif
#ifndef _Inout_opt_bytecap_
#define _Inout_opt_bytecap_(a)
#endif
#ifndef _Inout_z_cap_
#define _Inout_z_cap_(a)
#endif
#ifndef _Inout_opt_z_cap_
#define _Inout_opt_z_cap_(a)
#endif
#ifndef _Inout_z_bytecap_
#define _Inout_z_bytecap_(a)
#endif
#ifndef _Inout_opt_z_bytecap_
#define _Inout_opt_z_bytecap_(a)
#endif
#ifndef _Inout_cap_c_
#define _Inout_cap_c_(a)
#endif
#ifndef _Inout_bytecap_c_
#define _Inout_bytecap_c_(a)
#endif
#ifndef _Deref_out_z_cap_c_
#define _Deref_out_z_cap_c_(a)
#endif
#ifndef _Deref_out_cap_
#define _Deref_out_cap_(a)
#endif
#ifndef _Deref_out_bytecap_
#define _Deref_out_bytecap_(a)
#endif
#ifndef _Deref_out_opt_z_cap_c_
#define _Deref_out_opt_z_cap_c_(a)
#endif
#ifndef _Deref_post_cap_
#define _Deref_post_cap_(a)
#endif
#ifndef _Deref_post_bytecap_
#define _Deref_post_bytecap_(a)
#endif
#ifndef _Deref_post_count_
#define _Deref_post_count_(a)
#endif
#ifndef _Deref_post_bytecount_
#define _Deref_post_bytecount_(a)
#endif
#ifndef _Deref_post_z_cap_
#define _Deref_post_z_cap_(a)
#endif
#ifndef _Deref_pre_count_
#define _Deref_pre_count_(a)
#endif
#ifndef _Deref_pre_z_cap_
#define _Deref_pre_z_cap_(a)
#endif
#ifndef _Deref_opt_out_z_cap_c_
#define _Deref_opt_out_z_cap_c_(a)
#endif

/* Pre- and post-conditions, structures and strings. */
#ifndef _Pre_
#define _Pre_
#endif
#ifndef _Post_
#define _Post_
#endif
#ifndef _Deref_
#define _Deref_
#endif
#ifndef _Pre_notnull_
#define _Pre_notnull_
#endif
#ifndef _Pre_maybenull_
#define _Pre_maybenull_
#endif
#ifndef _Pre_null_
#define _Pre_null_
#endif
#ifndef _Pre_valid_
#define _Pre_valid_
#endif
#ifndef _Pre_opt_valid_
#define _Pre_opt_valid_
#endif
#ifndef _Pre_z_
#define _Pre_z_
#endif
#ifndef _Pre_invalid_
#define _Pre_invalid_
#endif
#ifndef _Pre_unknown_
#define _Pre_unknown_
#endif
#ifndef _Post_notnull_
#define _Post_notnull_
#endif
#ifndef _Post_maybenull_
#define _Post_maybenull_
#endif
#ifndef _Post_null_
#define _Post_null_
#endif
#ifndef _Post_valid_
#define _Post_valid_
#endif
#ifndef _Post_z_
#define _Post_z_
#endif
#ifndef _Post_maybez_
#define _Post_maybez_
#endif
#ifndef _Post_invalid_
#define _Post_invalid_
#endif
#ifndef _Post_ptr_invalid_
#define _Post_ptr_invalid_
#endif
#ifndef _Notnull_
#define _Notnull_
#endif
#ifndef _Maybenull_
#define _Maybenull_
#endif
#ifndef _Null_
#define _Null_
#endif
#ifndef _Valid_
#define _Valid_
#endif
#ifndef _Notvalid_
#define _Notvalid_
#endif
#ifndef _Maybevalid_
#define _Maybevalid_
#endif
#ifndef _Readonly_
#define _Readonly_
#endif
#ifndef _Notref_
#define _Notref_
#endif
#ifndef _Const_
#define _Const_
#endif
#ifndef _Reserved_
#define _Reserved_
#endif
#ifndef _Strict_type_match_
#define _Strict_type_match_
#endif
#ifndef _Points_to_data_
#define _Points_to_data_
#endif
#ifndef _Literal_
#define _Literal_
#endif
#ifndef _Notliteral_
#define _Notliteral_
#endif
#ifndef _Null_terminated_
#define _Null_terminated_
#endif
#ifndef _NullNull_terminated_
#define _NullNull_terminated_
#endif
#ifndef _Field_z_
#define _Field_z_
#endif
#ifndef _Frees_ptr_
#define _Frees_ptr_
#endif
#ifndef _Frees_ptr_opt_
#define _Frees_ptr_opt_
#endif
#ifndef _Printf_format_string_
#define _Printf_format_string_
#endif
#ifndef _Scanf_format_string_
#define _Scanf_format_string_
#endif
#ifndef _Scanf_s_format_string_
#define _Scanf_s_format_string_
#endif
#ifndef _Raises_SEH_exception_
#define _Raises_SEH_exception_
#endif
#ifndef _Maybe_raises_SEH_exception_
#define _Maybe_raises_SEH_exception_
#endif
#ifndef _Interlocked_operand_
#define _Interlocked_operand_
#endif
#ifndef _Kernel_float_used_
#define _Kernel_float_used_
#endif
#ifndef _Check_return_wat_
#define _Check_return_wat_
#endif
#ifndef _Check_return_opt_
#define _Check_return_opt_
#endif
#ifndef _Pre_satisfies_
#define _Pre_satisfies_(a)
#endif
#ifndef _Post_satisfies_
#define _Post_satisfies_(a)
#endif
#ifndef _Satisfies_
#define _Satisfies_(a)
#endif
#ifndef _Pre_equal_to_
#define _Pre_equal_to_(a)
#endif
#ifndef _Post_equal_to_
#define _Post_equal_to_(a)
#endif
#ifndef _Unchanged_
#define _Unchanged_(a)
#endif
#ifndef _Pre_readable_size_
#define _Pre_readable_size_(a)
#endif
#ifndef _Pre_readable_byte_size_
#define _Pre_readable_byte_size_(a)
#endif
#ifndef _Pre_writable_size_
#define _Pre_writable_size_(a)
#endif
#ifndef _Pre_writable_byte_size_
#define _Pre_writable_byte_size_(a)
#endif
#ifndef _Post_readable_size_
#define _Post_readable_size_(a)
#endif
#ifndef _Post_readable_byte_size_
#define _Post_readable_byte_size_(a)
#endif
#ifndef _Post_writable_size_
#define _Post_writable_size_(a)
#endif
#ifndef _Post_writable_byte_size_
#define _Post_writable_byte_size_(a)
#endif
#ifndef _Pre_cap_
#define _Pre_cap_(a)
#endif
#ifndef _Pre_bytecap_
#define _Pre_bytecap_(a)
#endif
#ifndef _Pre_count_
#define _Pre_count_(a)
#endif
#ifndef _Pre_bytecount_
#define _Pre_bytecount_(a)
#endif
#ifndef _Post_count_
#define _Post_count_(a)
#endif
#ifndef _Post_bytecount_
#define _Post_bytecount_(a)
#endif
#ifndef _Post_cap_
#define _Post_cap_(a)
#endif
#ifndef _Post_bytecap_
#define _Post_bytecap_(a)
#endif
#ifndef _Readable_bytes_
#define _Readable_bytes_(a)
#endif
#ifndef _Readable_elements_
#define _Readable_elements_(a)
#endif
#ifndef _Writable_bytes_
#define _Writable_bytes_(a)
#endif
#ifndef _Writable_elements_
#define _Writable_elements_(a)
#endif
#ifndef _Field_size_
#define _Field_size_(a)
#endif
#ifndef _Field_size_opt_
#define _Field_size_opt_(a)
#endif
#ifndef _Field_size_full_
#define _Field_size_full_(a)
#endif
#ifndef _Field_size_full_opt_
#define _Field_size_full_opt_(a)
#endif
#ifndef _Field_size_part_
#define _Field_size_part_(a, b)
#endif
#ifndef _Field_size_part_opt_
#define _Field_size_part_opt_(a, b)
#endif
#ifndef _Field_size_bytes_
#define _Field_size_bytes_(a)
#endif
#ifndef _Field_size_bytes_opt_
#define _Field_size_bytes_opt_(a)
#endif
#ifndef _Field_size_bytes_full_
#define _Field_size_bytes_full_(a)
#endif
#ifndef _Field_size_bytes_full_opt_
#define _Field_size_bytes_full_opt_(a)
#endif
#ifndef _Field_size_bytes_part_
#define _Field_size_bytes_part_(a, b)
#endif
#ifndef _Field_size_bytes_part_opt_
#define _Field_size_bytes_part_opt_(a, b)
#endif
#ifndef _Field_range_
#define _Field_range_(a, b)
#endif
#ifndef _Struct_size_bytes_
#define _Struct_size_bytes_(a)
#endif
#ifndef _Printf_format_string_params_
#define _Printf_format_string_params_(a)
#endif
#ifndef _Scanf_format_string_params_
#define _Scanf_format_string_params_(a)
#endif
#ifndef _Scanf_s_format_string_params_
#define _Scanf_s_format_string_params_(a)
#endif
#ifndef _Format_string_impl_
#define _Format_string_impl_(a, b)
#endif
#ifndef _In_defensive_
#define _In_defensive_(a)
#endif
#ifndef _Out_defensive_
#define _Out_defensive_(a)
#endif
#ifndef _Inout_defensive_
#define _Inout_defensive_(a)
#endif
#ifndef _Analysis_assume_
#define _Analysis_assume_(a)
#endif
#ifndef _Analysis_assume_nullterminated_
#define _Analysis_assume_nullterminated_(a)
#endif
#ifndef _Analysis_mode_
#define _Analysis_mode_(a)
#endif
#ifndef _Function_class_
#define _Function_class_(a)
#endif
#ifndef _Called_from_function_class_
#define _Called_from_function_class_(a)
#endif
#ifndef _Inexpressible_
#define _Inexpressible_(a)
#endif
#ifndef _Param_
#define _Param_(a)
#endif
#ifndef _Old_
#define _Old_(a)
#endif

/* Locks (concurrencysal.h). */
#ifndef _Requires_no_locks_held_
#define _Requires_no_locks_held_
#endif
#ifndef _No_competing_thread_
#define _No_competing_thread_
#endif
#ifndef _Interlocked_
#define _Interlocked_
#endif
#ifndef _Benign_race_begin_
#define _Benign_race_begin_
#endif
#ifndef _Benign_race_end_
#define _Benign_race_end_
#endif
#ifndef _No_competing_thread_begin_
#define _No_competing_thread_begin_
#endif
#ifndef _No_competing_thread_end_
#define _No_competing_thread_end_
#endif
#ifndef _Acquires_lock_
#define _Acquires_lock_(a)
#endif
#ifndef _Acquires_exclusive_lock_
#define _Acquires_exclusive_lock_(a)
#endif
#ifndef _Acquires_shared_lock_
#define _Acquires_shared_lock_(a)
#endif
#ifndef _Acquires_nonreentrant_lock_
#define _Acquires_nonreentrant_lock_(a)
#endif
#ifndef _Releases_lock_
#define _Releases_lock_(a)
#endif
#ifndef _Releases_exclusive_lock_
#define _Releases_exclusive_lock_(a)
#endif
#ifndef _Releases_shared_lock_
#define _Releases_shared_lock_(a)
#endif
#ifndef _Releases_nonreentrant_lock_
#define _Releases_nonreentrant_lock_(a)
#endif
#ifndef _Requires_lock_held_
#define _Requires_lock_held_(a)
#endif
#ifndef _Requires_exclusive_lock_held_
#define _Requires_exclusive_lock_held_(a)
#endif
#ifndef _Requires_shared_lock_held_
#define _Requires_shared_lock_held_(a)
#endif
#ifndef _Requires_lock_not_held_
#define _Requires_lock_not_held_(a)
#endif
#ifndef _Guarded_by_
#define _Guarded_by_(a)
#endif
#ifndef _Write_guarded_by_
#define _Write_guarded_by_(a)
#endif
#ifndef _Analysis_assume_lock_acquired_
#define _Analysis_assume_lock_acquired_(a)
#endif
#ifndef _Analysis_assume_lock_released_
#define _Analysis_assume_lock_released_(a)
#endif
#ifndef _Analysis_assume_lock_held_
#define _Analysis_assume_lock_held_(a)
#endif
#ifndef _Analysis_assume_lock_not_held_
#define _Analysis_assume_lock_not_held_(a)
#endif
#ifndef _Analysis_assume_same_lock_
#define _Analysis_assume_same_lock_(a, b)
#endif
#ifndef _Analysis_suppress_lock_checking_
#define _Analysis_suppress_lock_checking_(a)
#endif
#ifndef _Function_ignore_lock_checking_
#define _Function_ignore_lock_checking_(a)
#endif
#ifndef _Create_lock_level_
#define _Create_lock_level_(a)
#endif
#ifndef _Has_lock_kind_
#define _Has_lock_kind_(a)
#endif
#ifndef _Has_lock_level_
#define _Has_lock_level_(a)
#endif
#ifndef _Lock_level_order_
#define _Lock_level_order_(a, b)
#endif
#ifndef _Post_same_lock_
#define _Post_same_lock_(a, b)
#endif

/* SAL 1, the __-prefixed annotations of older SDK headers and code. */
#if !defined(__cplusplus)
#ifndef __in
#define __in
#endif
#ifndef __out
#define __out
#endif
#ifndef __pre
#define __pre
#endif
#ifndef __valid
#define __valid
#endif
#endif
#ifndef __in_opt
#define __in_opt
#endif
#ifndef __in_z
#define __in_z
#endif
#ifndef __in_z_opt
#define __in_z_opt
#endif
#ifndef __in_nz
#define __in_nz
#endif
#ifndef __in_nz_opt
#define __in_nz_opt
#endif
#ifndef __out_opt
#define __out_opt
#endif
#ifndef __out_z
#define __out_z
#endif
#ifndef __out_z_opt
#define __out_z_opt
#endif
#ifndef __out_nz
#define __out_nz
#endif
#ifndef __out_nz_opt
#define __out_nz_opt
#endif
#ifndef __inout
#define __inout
#endif
#ifndef __inout_opt
#define __inout_opt
#endif
#ifndef __inout_z
#define __inout_z
#endif
#ifndef __inout_z_opt
#define __inout_z_opt
#endif
#ifndef __inout_nz
#define __inout_nz
#endif
#ifndef __inout_nz_opt
#define __inout_nz_opt
#endif
#ifndef __deref
#define __deref
#endif
#ifndef __deref_in
#define __deref_in
#endif
#ifndef __deref_in_opt
#define __deref_in_opt
#endif
#ifndef __deref_out
#define __deref_out
#endif
#ifndef __deref_out_opt
#define __deref_out_opt
#endif
#ifndef __deref_out_z
#define __deref_out_z
#endif
#ifndef __deref_out_z_opt
#define __deref_out_z_opt
#endif
#ifndef __deref_out_nz
#define __deref_out_nz
#endif
#ifndef __deref_out_nz_opt
#define __deref_out_nz_opt
#endif
#ifndef __deref_inout
#define __deref_inout
#endif
#ifndef __deref_inout_opt
#define __deref_inout_opt
#endif
#ifndef __deref_inout_z
#define __deref_inout_z
#endif
#ifndef __deref_inout_z_opt
#define __deref_inout_z_opt
#endif
#ifndef __deref_inout_nz
#define __deref_inout_nz
#endif
#ifndef __deref_opt_in
#define __deref_opt_in
#endif
#ifndef __deref_opt_in_opt
#define __deref_opt_in_opt
#endif
#ifndef __deref_opt_out
#define __deref_opt_out
#endif
#ifndef __deref_opt_out_opt
#define __deref_opt_out_opt
#endif
#ifndef __deref_opt_out_z
#define __deref_opt_out_z
#endif
#ifndef __deref_opt_out_z_opt
#define __deref_opt_out_z_opt
#endif
#ifndef __deref_opt_inout
#define __deref_opt_inout
#endif
#ifndef __deref_opt_inout_opt
#define __deref_opt_inout_opt
#endif
#ifndef __deref_opt_inout_z
#define __deref_opt_inout_z
#endif
#ifndef __nullterminated
#define __nullterminated
#endif
#ifndef __nullnullterminated
#define __nullnullterminated
#endif
#ifndef __possibly_notnullterminated
#define __possibly_notnullterminated
#endif
#ifndef __checkReturn
#define __checkReturn
#endif
#ifndef __override
#define __override
#endif
#ifndef __callback
#define __callback
#endif
#ifndef __format_string
#define __format_string
#endif
#ifndef __notnull
#define __notnull
#endif
#ifndef __maybenull
#define __maybenull
#endif
#ifndef __readonly
#define __readonly
#endif
#ifndef __notreadonly
#define __notreadonly
#endif
#ifndef __maybereadonly
#define __maybereadonly
#endif
#ifndef __notvalid
#define __notvalid
#endif
#ifndef __maybevalid
#define __maybevalid
#endif
#ifndef __post
#define __post
#endif
#ifndef __exceptthat
#define __exceptthat
#endif
#ifndef __refparam
#define __refparam
#endif
#ifndef __allowed_on_function
#define __allowed_on_function
#endif
#ifndef __allowed_on_parameter
#define __allowed_on_parameter
#endif
#ifndef __allowed_on_typedef
#define __allowed_on_typedef
#endif
#ifndef __allowed_on_struct
#define __allowed_on_struct
#endif
#ifndef __field_nullterminated
#define __field_nullterminated
#endif
#ifndef __fallthrough
#define __fallthrough
#endif
#ifndef __in_ecount
#define __in_ecount(a)
#endif
#ifndef __in_bcount
#define __in_bcount(a)
#endif
#ifndef __in_ecount_z
#define __in_ecount_z(a)
#endif
#ifndef __in_bcount_z
#define __in_bcount_z(a)
#endif
#ifndef __in_ecount_nz
#define __in_ecount_nz(a)
#endif
#ifndef __in_bcount_nz
#define __in_bcount_nz(a)
#endif
#ifndef __in_ecount_opt
#define __in_ecount_opt(a)
#endif
#ifndef __in_bcount_opt
#define __in_bcount_opt(a)
#endif
#ifndef __in_ecount_z_opt
#define __in_ecount_z_opt(a)
#endif
#ifndef __in_bcount_z_opt
#define __in_bcount_z_opt(a)
#endif
#ifndef __in_ecount_nz_opt
#define __in_ecount_nz_opt(a)
#endif
#ifndef __in_bcount_nz_opt
#define __in_bcount_nz_opt(a)
#endif
#ifndef __in_xcount
#define __in_xcount(a)
#endif
#ifndef __in_xcount_opt
#define __in_xcount_opt(a)
#endif
#ifndef __in_range
#define __in_range(a, b)
#endif
#ifndef __out_ecount
#define __out_ecount(a)
#endif
#ifndef __out_bcount
#define __out_bcount(a)
#endif
#ifndef __out_ecount_opt
#define __out_ecount_opt(a)
#endif
#ifndef __out_bcount_opt
#define __out_bcount_opt(a)
#endif
#ifndef __out_ecount_z
#define __out_ecount_z(a)
#endif
#ifndef __out_bcount_z
#define __out_bcount_z(a)
#endif
#ifndef __out_ecount_z_opt
#define __out_ecount_z_opt(a)
#endif
#ifndef __out_bcount_z_opt
#define __out_bcount_z_opt(a)
#endif
#ifndef __out_ecount_nz
#define __out_ecount_nz(a)
#endif
#ifndef __out_bcount_nz
#define __out_bcount_nz(a)
#endif
#ifndef __out_ecount_nz_opt
#define __out_ecount_nz_opt(a)
#endif
#ifndef __out_bcount_nz_opt
#define __out_bcount_nz_opt(a)
#endif
#ifndef __out_ecount_part
#define __out_ecount_part(a, b)
#endif
#ifndef __out_bcount_part
#define __out_bcount_part(a, b)
#endif
#ifndef __out_ecount_part_opt
#define __out_ecount_part_opt(a, b)
#endif
#ifndef __out_bcount_part_opt
#define __out_bcount_part_opt(a, b)
#endif
#ifndef __out_ecount_part_z
#define __out_ecount_part_z(a, b)
#endif
#ifndef __out_bcount_part_z
#define __out_bcount_part_z(a, b)
#endif
#ifndef __out_ecount_part_z_opt
#define __out_ecount_part_z_opt(a, b)
#endif
#ifndef __out_bcount_part_z_opt
#define __out_bcount_part_z_opt(a, b)
#endif
#ifndef __out_ecount_full
#define __out_ecount_full(a)
#endif
#ifndef __out_bcount_full
#define __out_bcount_full(a)
#endif
#ifndef __out_ecount_full_opt
#define __out_ecount_full_opt(a)
#endif
#ifndef __out_bcount_full_opt
#define __out_bcount_full_opt(a)
#endif
#ifndef __out_ecount_full_z
#define __out_ecount_full_z(a)
#endif
#ifndef __out_bcount_full_z
#define __out_bcount_full_z(a)
#endif
#ifndef __out_ecount_full_z_opt
#define __out_ecount_full_z_opt(a)
#endif
#ifndef __out_bcount_full_z_opt
#define __out_bcount_full_z_opt(a)
#endif
#ifndef __out_xcount
#define __out_xcount(a)
#endif
#ifndef __out_xcount_opt
#define __out_xcount_opt(a)
#endif
#ifndef __out_xcount_part
#define __out_xcount_part(a, b)
#endif
#ifndef __out_xcount_full
#define __out_xcount_full(a)
#endif
#ifndef __out_range
#define __out_range(a, b)
#endif
#ifndef __inout_ecount
#define __inout_ecount(a)
#endif
#ifndef __inout_bcount
#define __inout_bcount(a)
#endif
#ifndef __inout_ecount_opt
#define __inout_ecount_opt(a)
#endif
#ifndef __inout_bcount_opt
#define __inout_bcount_opt(a)
#endif
#ifndef __inout_ecount_z
#define __inout_ecount_z(a)
#endif
#ifndef __inout_bcount_z
#define __inout_bcount_z(a)
#endif
#ifndef __inout_ecount_z_opt
#define __inout_ecount_z_opt(a)
#endif
#ifndef __inout_bcount_z_opt
#define __inout_bcount_z_opt(a)
#endif
#ifndef __inout_ecount_nz
#define __inout_ecount_nz(a)
#endif
#ifndef __inout_bcount_nz
#define __inout_bcount_nz(a)
#endif
#ifndef __inout_ecount_nz_opt
#define __inout_ecount_nz_opt(a)
#endif
#ifndef __inout_bcount_nz_opt
#define __inout_bcount_nz_opt(a)
#endif
#ifndef __inout_ecount_part
#define __inout_ecount_part(a, b)
#endif
#ifndef __inout_bcount_part
#define __inout_bcount_part(a, b)
#endif
#ifndef __inout_ecount_part_opt
#define __inout_ecount_part_opt(a, b)
#endif
#ifndef __inout_bcount_part_opt
#define __inout_bcount_part_opt(a, b)
#endif
#ifndef __inout_ecount_full
#define __inout_ecount_full(a)
#endif
#ifndef __inout_bcount_full
#define __inout_bcount_full(a)
#endif
#ifndef __inout_ecount_full_opt
#define __inout_ecount_full_opt(a)
#endif
#ifndef __inout_bcount_full_opt
#define __inout_bcount_full_opt(a)
#endif
#ifndef __inout_xcount
#define __inout_xcount(a)
#endif
#ifndef __inout_xcount_opt
#define __inout_xcount_opt(a)
#endif
#ifndef __deref_in_ecount
#define __deref_in_ecount(a)
#endif
#ifndef __deref_in_bcount
#define __deref_in_bcount(a)
#endif
#ifndef __deref_in_ecount_opt
#define __deref_in_ecount_opt(a)
#endif
#ifndef __deref_in_bcount_opt
#define __deref_in_bcount_opt(a)
#endif
#ifndef __deref_out_ecount
#define __deref_out_ecount(a)
#endif
#ifndef __deref_out_bcount
#define __deref_out_bcount(a)
#endif
#ifndef __deref_out_ecount_opt
#define __deref_out_ecount_opt(a)
#endif
#ifndef __deref_out_bcount_opt
#define __deref_out_bcount_opt(a)
#endif
#ifndef __deref_out_ecount_z
#define __deref_out_ecount_z(a)
#endif
#ifndef __deref_out_bcount_z
#define __deref_out_bcount_z(a)
#endif
#ifndef __deref_out_ecount_z_opt
#define __deref_out_ecount_z_opt(a)
#endif
#ifndef __deref_out_bcount_z_opt
#define __deref_out_bcount_z_opt(a)
#endif
#ifndef __deref_out_ecount_nz
#define __deref_out_ecount_nz(a)
#endif
#ifndef __deref_out_bcount_nz
#define __deref_out_bcount_nz(a)
#endif
#ifndef __deref_out_ecount_part
#define __deref_out_ecount_part(a, b)
#endif
#ifndef __deref_out_bcount_part
#define __deref_out_bcount_part(a, b)
#endif
#ifndef __deref_out_ecount_part_opt
#define __deref_out_ecount_part_opt(a, b)
#endif
#ifndef __deref_out_bcount_part_opt
#define __deref_out_bcount_part_opt(a, b)
#endif
#ifndef __deref_out_ecount_full
#define __deref_out_ecount_full(a)
#endif
#ifndef __deref_out_bcount_full
#define __deref_out_bcount_full(a)
#endif
#ifndef __deref_out_ecount_full_opt
#define __deref_out_ecount_full_opt(a)
#endif
#ifndef __deref_out_bcount_full_opt
#define __deref_out_bcount_full_opt(a)
#endif
#ifndef __deref_out_xcount
#define __deref_out_xcount(a)
#endif
#ifndef __deref_out_range
#define __deref_out_range(a, b)
#endif
#ifndef __deref_inout_ecount
#define __deref_inout_ecount(a)
#endif
#ifndef __deref_inout_bcount
#define __deref_inout_bcount(a)
#endif
#ifndef __deref_inout_ecount_opt
#define __deref_inout_ecount_opt(a)
#endif
#ifndef __deref_inout_bcount_opt
#define __deref_inout_bcount_opt(a)
#endif
#ifndef __deref_inout_ecount_z
#define __deref_inout_ecount_z(a)
#endif
#ifndef __deref_inout_bcount_z
#define __deref_inout_bcount_z(a)
#endif
#ifndef __deref_inout_ecount_part
#define __deref_inout_ecount_part(a, b)
#endif
#ifndef __deref_inout_bcount_part
#define __deref_inout_bcount_part(a, b)
#endif
#ifndef __deref_inout_ecount_full
#define __deref_inout_ecount_full(a)
#endif
#ifndef __deref_inout_bcount_full
#define __deref_inout_bcount_full(a)
#endif
#ifndef __deref_opt_out_ecount
#define __deref_opt_out_ecount(a)
#endif
#ifndef __deref_opt_out_bcount
#define __deref_opt_out_bcount(a)
#endif
#ifndef __deref_opt_out_ecount_opt
#define __deref_opt_out_ecount_opt(a)
#endif
#ifndef __deref_opt_out_bcount_opt
#define __deref_opt_out_bcount_opt(a)
#endif
#ifndef __deref_opt_out_ecount_part
#define __deref_opt_out_ecount_part(a, b)
#endif
#ifndef __deref_opt_out_bcount_part
#define __deref_opt_out_bcount_part(a, b)
#endif
#ifndef __deref_opt_out_ecount_full
#define __deref_opt_out_ecount_full(a)
#endif
#ifndef __deref_opt_out_bcount_full
#define __deref_opt_out_bcount_full(a)
#endif
#ifndef __deref_opt_inout_ecount
#define __deref_opt_inout_ecount(a)
#endif
#ifndef __deref_opt_inout_bcount
#define __deref_opt_inout_bcount(a)
#endif
#ifndef __deref_opt_inout_ecount_opt
#define __deref_opt_inout_ecount_opt(a)
#endif
#ifndef __deref_opt_inout_bcount_opt
#define __deref_opt_inout_bcount_opt(a)
#endif
#ifndef __ecount
#define __ecount(a)
#endif
#ifndef __bcount
#define __bcount(a)
#endif
#ifndef __xcount
#define __xcount(a)
#endif
#ifndef __ecount_opt
#define __ecount_opt(a)
#endif
#ifndef __bcount_opt
#define __bcount_opt(a)
#endif
#ifndef __field_ecount
#define __field_ecount(a)
#endif
#ifndef __field_bcount
#define __field_bcount(a)
#endif
#ifndef __field_xcount
#define __field_xcount(a)
#endif
#ifndef __field_ecount_opt
#define __field_ecount_opt(a)
#endif
#ifndef __field_bcount_opt
#define __field_bcount_opt(a)
#endif
#ifndef __field_ecount_part
#define __field_ecount_part(a, b)
#endif
#ifndef __field_bcount_part
#define __field_bcount_part(a, b)
#endif
#ifndef __field_ecount_part_opt
#define __field_ecount_part_opt(a, b)
#endif
#ifndef __field_bcount_part_opt
#define __field_bcount_part_opt(a, b)
#endif
#ifndef __field_ecount_full
#define __field_ecount_full(a)
#endif
#ifndef __field_bcount_full
#define __field_bcount_full(a)
#endif
#ifndef __field_ecount_full_opt
#define __field_ecount_full_opt(a)
#endif
#ifndef __field_bcount_full_opt
#define __field_bcount_full_opt(a)
#endif
#ifndef __field_range
#define __field_range(a, b)
#endif
#ifndef __struct_bcount
#define __struct_bcount(a)
#endif
#ifndef __struct_xcount
#define __struct_xcount(a)
#endif
#ifndef __out_awcount
#define __out_awcount(a, b)
#endif
#ifndef __in_awcount
#define __in_awcount(a, b)
#endif
#ifndef __success
#define __success(a)
#endif
#ifndef __typefix
#define __typefix(a)
#endif
#ifndef __range
#define __range(a, b)
#endif
#ifndef __blocksOn
#define __blocksOn(a)
#endif
#ifndef __control_entrypoint
#define __control_entrypoint(a)
#endif
#ifndef __data_entrypoint
#define __data_entrypoint(a)
#endif
#ifndef __analysis_assume
#define __analysis_assume(a)
#endif
#ifndef __inexpressible_readableTo
#define __inexpressible_readableTo(a)
#endif
#ifndef __readableTo
#define __readableTo(a)
#endif
#ifndef __elem_readableTo
#define __elem_readableTo(a)
#endif
#ifndef __byte_readableTo
#define __byte_readableTo(a)
#endif
#ifndef __writableTo
#define __writableTo(a)
#endif
#ifndef __elem_writableTo
#define __elem_writableTo(a)
#endif
#ifndef __byte_writableTo
#define __byte_writableTo(a)
#endif
#ifndef __precond
#define __precond(a)
#endif
#ifndef __postcond
#define __postcond(a)
#endif
#ifndef __drv_when
#define __drv_when(a, b)
#endif
#ifndef __drv_arg
#define __drv_arg(a, b)
#endif
#ifndef __drv_allocatesMem
#define __drv_allocatesMem(a)
#endif
#ifndef __drv_freesMem
#define __drv_freesMem(a)
#endif
#ifndef __drv_aliasesMem
#define __drv_aliasesMem
#endif
#ifndef __drv_maxIRQL
#define __drv_maxIRQL(a)
#endif
#ifndef __drv_at
#define __drv_at(a, b)
#endif
#ifndef __drv_requiresIRQL
#define __drv_requiresIRQL(a)
#endif
#ifndef __drv_functionClass
#define __drv_functionClass(a)
#endif
#ifndef __drv_sameIRQL
#define __drv_sameIRQL
#endif
#ifndef __drv_setsIRQL
#define __drv_setsIRQL(a)
#endif
#ifndef __drv_savesIRQL
#define __drv_savesIRQL
#endif
#ifndef __drv_restoresIRQL
#define __drv_restoresIRQL
#endif
#ifndef __drv_isObjectPointer
#define __drv_isObjectPointer
#endif
#ifndef __drv_valueIs
#define __drv_valueIs(a)
#endif
#ifndef __drv_inTry
#define __drv_inTry
#endif
#ifndef __drv_preferredFunction
#define __drv_preferredFunction(a, b)
#endif
#ifndef __drv_reportError
#define __drv_reportError(a)
#endif
#ifndef __drv_neverHold
#define __drv_neverHold(a)
#endif
#ifndef __drv_mustHold
#define __drv_mustHold(a)
#endif
#ifndef __drv_acquiresResource
#define __drv_acquiresResource(a)
#endif
#ifndef __drv_releasesResource
#define __drv_releasesResource(a)
#endif
#ifndef __drv_dispatchType
#define __drv_dispatchType(a)
#endif
#ifndef __drv_clearDoInit
#define __drv_clearDoInit(a)
#endif
#ifndef __drv_formatString
#define __drv_formatString(a)
#endif
#ifndef __drv_interlocked
#define __drv_interlocked
#endif
#ifndef __drv_deref
#define __drv_deref(a)
#endif
#ifndef __drv_in
#define __drv_in(a)
#endif
#ifndef __drv_out
#define __drv_out(a)
#endif
#ifndef __drv_in_deref
#define __drv_in_deref(a)
#endif
#ifndef __drv_out_deref
#define __drv_out_deref(a)
#endif
#ifndef __drv_strictType
#define __drv_strictType(a, b)
#endif
#ifndef __drv_strictTypeMatch
#define __drv_strictTypeMatch(a)
#endif
#ifndef __drv_innerMustHoldGlobal
#define __drv_innerMustHoldGlobal(a, b)
#endif
#ifndef __drv_useCancelIRQL
#define __drv_useCancelIRQL
#endif

/* The annotations of MIDL-generated COM headers (rpcsal.h). */
#ifndef __RPC__in
#define __RPC__in
#endif
#ifndef __RPC__in_opt
#define __RPC__in_opt
#endif
#ifndef __RPC__in_string
#define __RPC__in_string
#endif
#ifndef __RPC__in_opt_string
#define __RPC__in_opt_string
#endif
#ifndef __RPC__out
#define __RPC__out
#endif
#ifndef __RPC__inout
#define __RPC__inout
#endif
#ifndef __RPC__inout_opt
#define __RPC__inout_opt
#endif
#ifndef __RPC__inout_string
#define __RPC__inout_string
#endif
#ifndef __RPC__deref_in
#define __RPC__deref_in
#endif
#ifndef __RPC__deref_in_opt
#define __RPC__deref_in_opt
#endif
#ifndef __RPC__deref_in_string
#define __RPC__deref_in_string
#endif
#ifndef __RPC__deref_out
#define __RPC__deref_out
#endif
#ifndef __RPC__deref_out_opt
#define __RPC__deref_out_opt
#endif
#ifndef __RPC__deref_out_string
#define __RPC__deref_out_string
#endif
#ifndef __RPC__deref_out_opt_string
#define __RPC__deref_out_opt_string
#endif
#ifndef __RPC__deref_opt_out
#define __RPC__deref_opt_out
#endif
#ifndef __RPC__deref_opt_out_opt
#define __RPC__deref_opt_out_opt
#endif
#ifndef __RPC__deref_inout
#define __RPC__deref_inout
#endif
#ifndef __RPC__deref_inout_opt
#define __RPC__deref_inout_opt
#endif
#ifndef __RPC__deref_inout_string
#define __RPC__deref_inout_string
#endif
#ifndef __RPC__deref_inout_opt_string
#define __RPC__deref_inout_opt_string
#endif
#ifndef __RPC__deref_opt_inout
#define __RPC__deref_opt_inout
#endif
#ifndef __RPC__deref_opt_inout_opt
#define __RPC__deref_opt_inout_opt
#endif
#ifndef __RPC__deref_opt_in
#define __RPC__deref_opt_in
#endif
#ifndef __RPC__deref_opt_in_opt
#define __RPC__deref_opt_in_opt
#endif
#ifndef __RPC_unique_pointer
#define __RPC_unique_pointer
#endif
#ifndef __RPC_ref_pointer
#define __RPC_ref_pointer
#endif
#ifndef __RPC_string
#define __RPC_string
#endif
#ifndef __RPC__readonly
#define __RPC__readonly
#endif
#ifndef __RPC__notnull
#define __RPC__notnull
#endif
#ifndef __RPC__maybenull
#define __RPC__maybenull
#endif
#ifndef __RPC__null
#define __RPC__null
#endif
#ifndef __RPC__in_ecount
#define __RPC__in_ecount(a)
#endif
#ifndef __RPC__in_ecount_full
#define __RPC__in_ecount_full(a)
#endif
#ifndef __RPC__in_ecount_full_opt
#define __RPC__in_ecount_full_opt(a)
#endif
#ifndef __RPC__in_ecount_part
#define __RPC__in_ecount_part(a, b)
#endif
#ifndef __RPC__in_ecount_full_string
#define __RPC__in_ecount_full_string(a)
#endif
#ifndef __RPC__in_ecount_part_opt
#define __RPC__in_ecount_part_opt(a, b)
#endif
#ifndef __RPC__in_ecount_opt
#define __RPC__in_ecount_opt(a)
#endif
#ifndef __RPC__in_xcount
#define __RPC__in_xcount(a)
#endif
#ifndef __RPC__in_xcount_full
#define __RPC__in_xcount_full(a)
#endif
#ifndef __RPC__in_xcount_full_string
#define __RPC__in_xcount_full_string(a)
#endif
#ifndef __RPC__in_xcount_part
#define __RPC__in_xcount_part(a, b)
#endif
#ifndef __RPC__in_xcount_opt
#define __RPC__in_xcount_opt(a)
#endif
#ifndef __RPC__in_xcount_full_opt
#define __RPC__in_xcount_full_opt(a)
#endif
#ifndef __RPC__in_range
#define __RPC__in_range(a, b)
#endif
#ifndef __RPC__out_ecount
#define __RPC__out_ecount(a)
#endif
#ifndef __RPC__out_ecount_full
#define __RPC__out_ecount_full(a)
#endif
#ifndef __RPC__out_ecount_part
#define __RPC__out_ecount_part(a, b)
#endif
#ifndef __RPC__out_ecount_full_string
#define __RPC__out_ecount_full_string(a)
#endif
#ifndef __RPC__out_ecount_string
#define __RPC__out_ecount_string(a)
#endif
#ifndef __RPC__out_xcount
#define __RPC__out_xcount(a)
#endif
#ifndef __RPC__out_xcount_full
#define __RPC__out_xcount_full(a)
#endif
#ifndef __RPC__out_xcount_part
#define __RPC__out_xcount_part(a, b)
#endif
#ifndef __RPC__out_xcount_full_string
#define __RPC__out_xcount_full_string(a)
#endif
#ifndef __RPC__out_range
#define __RPC__out_range(a, b)
#endif
#ifndef __RPC__inout_ecount
#define __RPC__inout_ecount(a)
#endif
#ifndef __RPC__inout_ecount_full
#define __RPC__inout_ecount_full(a)
#endif
#ifndef __RPC__inout_ecount_part
#define __RPC__inout_ecount_part(a, b)
#endif
#ifndef __RPC__inout_ecount_full_string
#define __RPC__inout_ecount_full_string(a)
#endif
#ifndef __RPC__inout_ecount_opt
#define __RPC__inout_ecount_opt(a)
#endif
#ifndef __RPC__inout_ecount_full_opt
#define __RPC__inout_ecount_full_opt(a)
#endif
#ifndef __RPC__inout_ecount_part_opt
#define __RPC__inout_ecount_part_opt(a, b)
#endif
#ifndef __RPC__inout_xcount
#define __RPC__inout_xcount(a)
#endif
#ifndef __RPC__inout_xcount_full
#define __RPC__inout_xcount_full(a)
#endif
#ifndef __RPC__inout_xcount_part
#define __RPC__inout_xcount_part(a, b)
#endif
#ifndef __RPC__inout_xcount_full_string
#define __RPC__inout_xcount_full_string(a)
#endif
#ifndef __RPC__inout_xcount_opt
#define __RPC__inout_xcount_opt(a)
#endif
#ifndef __RPC__deref_out_ecount
#define __RPC__deref_out_ecount(a)
#endif
#ifndef __RPC__deref_out_ecount_full
#define __RPC__deref_out_ecount_full(a)
#endif
#ifndef __RPC__deref_out_ecount_part
#define __RPC__deref_out_ecount_part(a, b)
#endif
#ifndef __RPC__deref_out_ecount_full_string
#define __RPC__deref_out_ecount_full_string(a)
#endif
#ifndef __RPC__deref_out_ecount_opt
#define __RPC__deref_out_ecount_opt(a)
#endif
#ifndef __RPC__deref_out_ecount_full_opt
#define __RPC__deref_out_ecount_full_opt(a)
#endif
#ifndef __RPC__deref_out_ecount_part_opt
#define __RPC__deref_out_ecount_part_opt(a, b)
#endif
#ifndef __RPC__deref_out_ecount_full_opt_string
#define __RPC__deref_out_ecount_full_opt_string(a)
#endif
#ifndef __RPC__deref_out_xcount
#define __RPC__deref_out_xcount(a)
#endif
#ifndef __RPC__deref_out_xcount_full
#define __RPC__deref_out_xcount_full(a)
#endif
#ifndef __RPC__deref_out_xcount_part
#define __RPC__deref_out_xcount_part(a, b)
#endif
#ifndef __RPC__deref_out_xcount_opt
#define __RPC__deref_out_xcount_opt(a)
#endif
#ifndef __RPC__deref_out_xcount_part_opt
#define __RPC__deref_out_xcount_part_opt(a, b)
#endif
#ifndef __RPC__deref_out_range
#define __RPC__deref_out_range(a, b)
#endif
#ifndef __RPC__deref_opt_out_ecount
#define __RPC__deref_opt_out_ecount(a)
#endif
#ifndef __RPC__deref_opt_out_ecount_full
#define __RPC__deref_opt_out_ecount_full(a)
#endif
#ifndef __RPC__deref_opt_out_ecount_part
#define __RPC__deref_opt_out_ecount_part(a, b)
#endif
#ifndef __RPC__deref_in_ecount
#define __RPC__deref_in_ecount(a)
#endif
#ifndef __RPC__deref_in_ecount_opt
#define __RPC__deref_in_ecount_opt(a)
#endif
#ifndef __RPC__deref_inout_ecount_full
#define __RPC__deref_inout_ecount_full(a)
#endif
#ifndef __RPC__deref_inout_ecount_opt
#define __RPC__deref_inout_ecount_opt(a)
#endif
#ifndef __RPC__deref_inout_ecount_part_opt
#define __RPC__deref_inout_ecount_part_opt(a, b)
#endif
#ifndef __RPC__deref_inout_xcount_opt
#define __RPC__deref_inout_xcount_opt(a)
#endif
#ifndef __RPC__deref_inout_ecount_full_opt
#define __RPC__deref_inout_ecount_full_opt(a)
#endif
#ifndef __RPC__deref_opt_inout_ecount_full
#define __RPC__deref_opt_inout_ecount_full(a)
#endif
#ifndef __RPC__deref_opt_inout_ecount
#define __RPC__deref_opt_inout_ecount(a)
#endif

#endif
