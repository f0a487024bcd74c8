import { lazy, Suspense, type JSX } from 'react';
import type { SerializedPhotoNode } from '../../../electron/common/lexical-nodes.js';
import { PhotoNode } from './PhotoNode';

const PhotoView = lazy(() => import('./PhotoView'));

/**
 * The photo node as the body editor in the window registers it (Ghost's koenig-lexical view on
 * a kg-default-nodes data node): the data class with its React view, loaded when the first photo
 * is drawn. Same type and JSON as PhotoNode, so $createPhotoNode, $isPhotoNode and every
 * converter work on both.
 */
export class PhotoViewNode extends PhotoNode {
  static override getType(): string {
    return PhotoNode.getType();
  }

  static override clone(node: PhotoViewNode): PhotoViewNode {
    return super.clone(node) as PhotoViewNode;
  }

  static override importJSON(json: SerializedPhotoNode): PhotoViewNode {
    return super.importJSON(json) as PhotoViewNode;
  }

  override exportJSON(): SerializedPhotoNode {
    return super.exportJSON();
  }

  override decorate(): JSX.Element {
    return (
      <Suspense fallback={null}>
        <PhotoView
          nodeKey={this.getKey()}
          file={this.__file}
          width={this.__width}
          height={this.__height}
          caption={this.__caption}
          credit={this.__credit}
          altText={this.__altText}
          isLead={this.__isLead}
        />
      </Suspense>
    );
  }
}
