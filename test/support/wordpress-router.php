<?php
/*
 * Router for `php -S` in front of a throwaway WordPress (see wordpress.mjs), doing what Apache
 * with WordPress's rewrite rules would do:
 *  - /wp-content/… comes from the site's own content folder (uploads, and the symlinked themes),
 *  - files that exist under the WordPress root are left to the built-in server, which sends
 *    static files as they are and runs .php files,
 *  - every other path goes to index.php, so pretty permalinks and /wp-json/ work.
 * The built-in server already turns "Authorization: Basic" into PHP_AUTH_USER/PHP_AUTH_PW.
 */

/** true: answered here; false: the built-in server handles it; null: WordPress handles it. */
function masthead_wp_route(): ?bool
{
    $path = rawurldecode((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
    if (in_array('..', explode('/', $path), true)) {
        masthead_wp_plain_answer(400, "Bad request\n");
        return true;
    }
    if (str_starts_with($path, '/wp-content/')) {
        masthead_wp_send_content(substr($path, strlen('/wp-content/')));
        return true;
    }
    $file = $_SERVER['DOCUMENT_ROOT'] . $path;
    if (is_dir($file) && !str_ends_with($path, '/') && is_file($file . '/index.php')) {
        // As Apache does, so relative links inside /wp-admin/ resolve.
        header('Location: ' . $path . '/', true, 301);
        return true;
    }
    if (is_file($file) || is_file(rtrim($file, '/') . '/index.php')) {
        return false;
    }
    return null;
}

function masthead_wp_plain_answer(int $status, string $text): void
{
    http_response_code($status);
    header('Content-Type: text/plain; charset=utf-8');
    echo $text;
}

function masthead_wp_send_content(string $relative): void
{
    if (!in_array($_SERVER['REQUEST_METHOD'], ['GET', 'HEAD'], true)) {
        header('Allow: GET, HEAD');
        masthead_wp_plain_answer(405, "Method not allowed\n");
        return;
    }
    $file = getenv('MASTHEAD_WP_CONTENT_DIR') . '/' . $relative;
    // PHP under wp-content is code, never something to hand out.
    if ($relative === '' || !is_file($file) || preg_match('/\.php\d?$/i', $file)) {
        masthead_wp_plain_answer(404, "Not found\n");
        return;
    }
    header('Content-Type: ' . masthead_wp_mime_type($file));
    header('Content-Length: ' . filesize($file));
    header('Last-Modified: ' . gmdate('D, d M Y H:i:s', filemtime($file)) . ' GMT');
    if ($_SERVER['REQUEST_METHOD'] === 'GET') {
        readfile($file);
    }
}

function masthead_wp_mime_type(string $file): string
{
    $types = [
        'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'png' => 'image/png', 'gif' => 'image/gif',
        'webp' => 'image/webp', 'avif' => 'image/avif', 'svg' => 'image/svg+xml', 'ico' => 'image/x-icon',
        'css' => 'text/css; charset=utf-8', 'js' => 'text/javascript; charset=utf-8',
        'json' => 'application/json', 'txt' => 'text/plain; charset=utf-8', 'pdf' => 'application/pdf',
        'woff' => 'font/woff', 'woff2' => 'font/woff2', 'ttf' => 'font/ttf',
        'mp3' => 'audio/mpeg', 'mp4' => 'video/mp4', 'webm' => 'video/webm',
    ];
    $extension = strtolower(pathinfo($file, PATHINFO_EXTENSION));
    return $types[$extension] ?? (mime_content_type($file) ?: 'application/octet-stream');
}

// Lets wordpress.mjs tell this site's server from anything else listening on its port.
header('X-Masthead-Test-Site: ' . getenv('MASTHEAD_WP_SITE_ID'));

$masthead_wp_route = masthead_wp_route();
if ($masthead_wp_route !== null) {
    return $masthead_wp_route;
}
unset($masthead_wp_route);

// What mod_rewrite leaves behind: index.php is the script, and there is no PATH_INFO for
// WordPress to read the request from instead of REQUEST_URI.
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
unset($_SERVER['PATH_INFO'], $_SERVER['PATH_TRANSLATED'], $_SERVER['ORIG_PATH_INFO']);

// Required at the top level, not in a function: WordPress keeps its state in global variables.
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
