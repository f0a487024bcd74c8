<?php
/*
 * Must-use plugin of the throwaway test WordPress (see wordpress.mjs), never of a real site:
 * GET /wp-json/masthead-test/v1/blocks/<post id> answers with parse_blocks() of the post's
 * content, WordPress's own block parser, so tests see the blocks the block editor will see.
 */

add_action('rest_api_init', static function (): void {
    register_rest_route('masthead-test/v1', '/blocks/(?P<id>\d+)', [
        'methods' => 'GET',
        'permission_callback' => static fn (): bool => current_user_can('edit_posts'),
        'callback' => static function (WP_REST_Request $request) {
            $post = get_post((int) $request['id']);
            if (!$post) {
                return new WP_Error('masthead_no_post', 'No such post.', ['status' => 404]);
            }
            return rest_ensure_response(parse_blocks($post->post_content));
        },
    ]);
});
